package org.springframework.extensions.webscripts;

/**
 * Mirrors surf-webscripts' {@code org.springframework.extensions.webscripts.WebScriptRequest}; compile-only,
 * declaring only the members Practice Challenge calls.
 */
public interface WebScriptRequest
{
    Match getServiceMatch();

    String getParameter(String name);
}
