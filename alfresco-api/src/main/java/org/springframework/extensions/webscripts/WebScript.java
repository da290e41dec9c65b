package org.springframework.extensions.webscripts;

import java.io.IOException;

/**
 * Mirrors surf-webscripts' {@code org.springframework.extensions.webscripts.WebScript}; compile-only, declaring only
 * {@link #execute}, the one member Practice Challenge implements. The real interface also declares
 * {@code init(Container, Description)}, {@code getDescription()}, {@code getResources()} and
 * {@code setURLModelFactory(URLModelFactory)}, all implemented by {@link AbstractWebScript}.
 */
public interface WebScript
{
    void execute(WebScriptRequest req, WebScriptResponse res) throws IOException;
}
