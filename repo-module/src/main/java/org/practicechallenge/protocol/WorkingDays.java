package org.practicechallenge.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A timescale in working days, written {@code 10wd} in configuration. */
public record WorkingDays(int count)
{
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,3})\\s*wd\\s*");

    public WorkingDays
    {
        if (count < 0)
        {
            throw new IllegalArgumentException("working days cannot be negative: " + count);
        }
    }

    public static WorkingDays parse(String key, String value)
    {
        Matcher matcher = value == null ? null : FORM.matcher(value);
        if (matcher == null || !matcher.matches())
        {
            throw new ProtocolViolation(key, "'" + value + "' is not a number of working days such as 10wd");
        }
        return new WorkingDays(Integer.parseInt(matcher.group(1)));
    }

    @Override
    public String toString()
    {
        return count + "wd";
    }
}
