package org.practicechallenge.protocol.report;

import org.practicechallenge.protocol.ProtocolViolation;

/** Which slice of a list to return, in Alfresco's {@code skipCount}/{@code maxItems} terms. */
public record Paging(int skipCount, int maxItems)
{
    public static final int DEFAULT_MAX_ITEMS = 50;
    public static final int MAX_ITEMS_LIMIT = 500;

    public Paging
    {
        if (skipCount < 0)
        {
            throw new ProtocolViolation("skipCount", skipCount + " is negative; it must be 0 or more");
        }
        if (maxItems < 1 || maxItems > MAX_ITEMS_LIMIT)
        {
            throw new ProtocolViolation("maxItems", maxItems + " is out of range; it must be from 1 to " + MAX_ITEMS_LIMIT);
        }
    }

    public static Paging first(int maxItems)
    {
        return new Paging(0, maxItems);
    }

    /** How many of the best rows must be kept to serve this page. */
    int window()
    {
        return (int) Math.min(Integer.MAX_VALUE, (long) skipCount + maxItems);
    }
}
