package org.springframework.extensions.webscripts;

/**
 * Mirrors surf-webscripts' {@code org.springframework.extensions.webscripts.Status}; compile-only, declaring only
 * the status codes Practice Challenge uses. Alfresco initialises them from {@code jakarta.servlet.http
 * .HttpServletResponse.SC_*}, which are compile-time constants with these values, so callers inline the same
 * numbers either way.
 */
public class Status
{
    public static final int STATUS_OK = 200;
    public static final int STATUS_BAD_REQUEST = 400;
    public static final int STATUS_FORBIDDEN = 403;
    public static final int STATUS_NOT_FOUND = 404;
}
