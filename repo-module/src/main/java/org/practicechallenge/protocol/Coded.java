package org.practicechallenge.protocol;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A protocol value with the code that the models, workflow variables and Share use for it. */
public interface Coded
{
    String code();

    /** Finds the value with this code, or fails naming the field and the codes it accepts. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String field, Object code)
    {
        for (E value : type.getEnumConstants())
        {
            if (value.code().equals(code))
            {
                return value;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
        throw new ProtocolViolation(field, "'" + code + "' is not one of: " + accepted);
    }
}
