package org.practicechallenge.repo.integrity;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Marks the module's own writes to a case record, so the integrity behaviours can tell them from anyone else's.
 * Alfresco calls behaviours bound {@code EVERY_EVENT} on the writing thread, inside the write, so a thread-bound
 * mark is seen by exactly the behaviours that the marked work triggers. Running as system is no such mark: other
 * extensions run as system too, and the rules hold for them.
 */
public final class RecordWrites
{
    private static final ThreadLocal<RecordWriter> CURRENT = new ThreadLocal<>();

    private RecordWrites()
    {
    }

    public static <T> T as(RecordWriter writer, Supplier<T> work)
    {
        if (writer != RecordWriter.CASE_RECORD && writer != RecordWriter.RETENTION)
        {
            throw new IllegalArgumentException(writer + " is decided from the user, not declared by code");
        }
        RecordWriter outer = CURRENT.get();
        CURRENT.set(writer);
        try
        {
            return work.get();
        }
        finally
        {
            if (outer == null)
            {
                CURRENT.remove();
            }
            else
            {
                CURRENT.set(outer);
            }
        }
    }

    public static void as(RecordWriter writer, Runnable work)
    {
        as(writer, () ->
        {
            work.run();
            return null;
        });
    }

    public static Optional<RecordWriter> current()
    {
        return Optional.ofNullable(CURRENT.get());
    }
}
