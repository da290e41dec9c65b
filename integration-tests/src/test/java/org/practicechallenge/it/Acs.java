package org.practicechallenge.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Where the ACS under test is, and whether it answers: {@code -Dacs.url}, {@code -Dacs.user}, {@code -Dacs.password}. */
final class Acs
{
    static final String URL = stripSlash(System.getProperty("acs.url", "http://localhost:8080/alfresco"));
    static final String ADMIN = System.getProperty("acs.user", "admin");
    static final String ADMIN_PASSWORD = System.getProperty("acs.password", "admin");
    /** When true (run.sh test, build_test), a missing ACS is an error rather than a reason to skip. */
    static final boolean REQUIRED = Boolean.getBoolean("acs.required");

    /** The partnership's time zone (practicechallenge.timezone): what "today" means to the protocol's date rules. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of(System.getProperty("practicechallenge.timezone", "Europe/London"));

    static final String CORE_API = "/api/-default-/public/alfresco/versions/1";
    static final String WORKFLOW_API = "/api/-default-/public/workflow/versions/1";
    static final String READY_PROBE = CORE_API + "/probes/-ready-";

    private static volatile String probe;

    private Acs()
    {
    }

    /** {@code null} when ACS answered its readiness probe, otherwise why not. Probed once per test run. */
    static String unavailableBecause()
    {
        if (probe == null)
        {
            synchronized (Acs.class)
            {
                if (probe == null)
                {
                    probe = probe(URL);
                }
            }
        }
        return probe.isEmpty() ? null : probe;
    }

    static String probe(String url)
    {
        try
        {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + READY_PROBE)).timeout(Duration.ofSeconds(10)).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "" : "its readiness probe answered HTTP " + status;
        }
        catch (java.io.IOException e)
        {
            return "nothing answered (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return "interrupted while probing";
        }
        catch (IllegalArgumentException e)
        {
            return "'" + url + "' is not a URL";
        }
    }

    private static String stripSlash(String url)
    {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
