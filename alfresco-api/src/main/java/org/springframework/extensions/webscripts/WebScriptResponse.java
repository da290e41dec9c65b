package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Mirrors surf-webscripts' {@code org.springframework.extensions.webscripts.WebScriptResponse}; compile-only,
 * declaring only the members Practice Challenge calls.
 */
public interface WebScriptResponse
{
    void setStatus(int status);

    void setHeader(String name, String value);

    void setContentType(String contentType);

    void setContentEncoding(String contentEncoding);

    Writer getWriter() throws IOException;

    OutputStream getOutputStream() throws IOException;
}
