package org.practicechallenge.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain java.net.http calls as one user, for what Alfresco's Java REST client does not cover: the workflow API
 * ({@code /api/-default-/public/workflow/versions/1}), web scripts ({@code /s/...}) and checks made as ordinary
 * users (what a case worker or a stranger may see).
 */
final class Rest
{
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String user;
    private final String authorization;

    Rest(String base, String user, String password)
    {
        this.base = base;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Rest as(String user, String password)
    {
        return new Rest(Acs.URL, user, password);
    }

    static Rest admin()
    {
        return as(Acs.ADMIN, Acs.ADMIN_PASSWORD);
    }

    String user()
    {
        return user;
    }

    record Answer(int status, String contentType, String body)
    {
        JsonNode json()
        {
            try
            {
                return JSON.readTree(body);
            }
            catch (IOException e)
            {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        /** The JSON body, after checking the status; the failure shows what ACS said. */
        JsonNode json(int expectedStatus)
        {
            if (status != expectedStatus)
            {
                throw new AssertionError("expected HTTP " + expectedStatus + " but got " + status + ": " + body);
            }
            return json();
        }
    }

    Answer get(String path)
    {
        return send(request(path).GET());
    }

    Answer post(String path, Object body)
    {
        return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
    }

    Answer put(String path, Object body)
    {
        return send(request(path).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    Answer delete(String path)
    {
        return send(request(path).DELETE());
    }

    static String encode(String text)
    {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path)
    {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json, text/csv, */*");
    }

    private static HttpRequest.BodyPublisher publisher(Object body)
    {
        try
        {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        }
        catch (IOException e)
        {
            throw new IllegalArgumentException(e);
        }
    }

    private Answer send(HttpRequest.Builder request)
    {
        try
        {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        }
        catch (IOException e)
        {
            throw new AssertionError("no answer from " + base + ": " + e, e);
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
