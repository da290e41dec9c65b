package org.practicechallenge.repo.webscript;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.mockito.ArgumentCaptor;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** One request to a web script with Mockito standing in for surf-webscripts' request and response. */
final class WebScriptCall
{
    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> templateVars = new HashMap<>();
    private final WebScriptResponse response = mock(WebScriptResponse.class);
    private final StringWriter body = new StringWriter();

    static WebScriptCall get()
    {
        return new WebScriptCall();
    }

    WebScriptCall with(String name, String value)
    {
        parameters.put(name, value);
        return this;
    }

    WebScriptCall templateVar(String name, String value)
    {
        templateVars.put(name, value);
        return this;
    }

    WebScriptCall to(PracticeChallengeWebScript script)
    {
        WebScriptRequest request = mock(WebScriptRequest.class);
        when(request.getParameter(anyString())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
        Match match = mock(Match.class);
        when(match.getTemplateVars()).thenReturn(templateVars);
        when(request.getServiceMatch()).thenReturn(match);
        try
        {
            when(response.getWriter()).thenReturn(body);
            script.execute(request, response);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    int status()
    {
        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
        verify(response).setStatus(status.capture());
        return status.getValue();
    }

    String contentType()
    {
        ArgumentCaptor<String> type = ArgumentCaptor.forClass(String.class);
        verify(response).setContentType(type.capture());
        return type.getValue();
    }

    WebScriptResponse response()
    {
        return response;
    }

    String body()
    {
        return body.toString();
    }
}
