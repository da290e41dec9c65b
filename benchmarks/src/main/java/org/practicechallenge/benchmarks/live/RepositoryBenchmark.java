package org.practicechallenge.benchmarks.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The directors' reads measured in a real ACS repository (built beside the project, never committed) holding
 * 10 000 and then 100 000 challenges: loads them with the benchmark loader ({@link ChallengeLoad}, deployed with the
 * module in that repository only), then times the escalations list's first page and the full report in process
 * ({@link InProcessMeasure}) and over HTTP through the module's web scripts, as the dashlet calls them.
 *
 * <pre>java ... RepositoryBenchmark http://127.0.0.1:8080/alfresco admin admin 10000,100000 20</pre>
 */
public final class RepositoryBenchmark
{
    private static final int LOAD_PER_REQUEST = 5_000;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    private RepositoryBenchmark(String base, String user, String password)
    {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception
    {
        RepositoryBenchmark benchmark = new RepositoryBenchmark(args[0], args[1], args[2]);
        int repeat = Integer.parseInt(args[4]);
        String parent = benchmark.newFolder();
        int loaded = 0;
        List<String> rows = new ArrayList<>();
        for (String size : args[3].split(","))
        {
            int target = Integer.parseInt(size.trim());
            long started = System.nanoTime();
            for (; loaded < target; loaded += LOAD_PER_REQUEST)
            {
                benchmark.call("POST", "/s/practicechallenge/benchmark/load?parent=" + parent + "&from=" + loaded
                        + "&count=" + Math.min(LOAD_PER_REQUEST, target - loaded));
            }
            loaded = target;
            System.out.printf(Locale.ROOT, "loaded %d challenges (%.0f s)%n", target, (System.nanoTime() - started) / 1e9);
            JsonNode inProcess = benchmark.call("GET", "/s/practicechallenge/benchmark/measure?repeat=" + repeat);
            double[] page = benchmark.overHttp("/s/practicechallenge/escalations?maxItems=50", repeat);
            double[] report = benchmark.overHttp("/s/practicechallenge/report?format=json", repeat);
            rows.add(row("directors' list, first page of 50", inProcess, "firstPage", page));
            rows.add(row("full partnership report", inProcess, "report", report));
        }
        System.out.println("| read | challenges | in process median / max ms | allocated MB per call | over HTTP median / max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    private static String row(String read, JsonNode inProcess, String field, double[] http)
    {
        JsonNode figures = inProcess.get(field);
        return String.format(Locale.ROOT, "| %s | %d | %.1f / %.1f | %.2f | %.1f / %.1f |", read,
                inProcess.get("challenges").asInt(), figures.get("medianMs").asDouble(), figures.get("maxMs").asDouble(),
                figures.get("allocatedMbPerCall").asDouble(), http[0], http[1]);
    }

    /** A new folder in the administrator's home for this run's case folders. */
    private String newFolder() throws IOException, InterruptedException
    {
        String name = "pc-benchmark-" + System.currentTimeMillis();
        HttpRequest request = request("/api/-default-/public/alfresco/versions/1/nodes/-my-/children")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("name", name)
                        .put("nodeType", "cm:folder").toString()))
                .build();
        return "workspace://SpacesStore/" + send(request).get("entry").get("id").asText();
    }

    /** Median and slowest milliseconds of {@code repeat} calls, after one warm-up call. */
    private double[] overHttp(String path, int repeat) throws IOException, InterruptedException
    {
        call("GET", path);
        double[] millis = new double[repeat];
        for (int i = 0; i < repeat; i++)
        {
            long started = System.nanoTime();
            call("GET", path);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return new double[] {millis[repeat / 2], millis[repeat - 1]};
    }

    private JsonNode call(String method, String path) throws IOException, InterruptedException
    {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path)
    {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", authorization);
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException
    {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300)
        {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
