package org.practicechallenge.share;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Share as the dashlet's browser sees it, on 127.0.0.1: pages under /share/page/, the module's static files under
 * /share/res/, and Share's proxy to the repository under /share/proxy/alfresco/, answered by a stand-in for the
 * repository's web scripts. Every proxied request is kept, path and query, so a test can say what the widget asked.
 */
final class DashletServer implements AutoCloseable
{
    static final String PROXY = "/share/proxy/alfresco";

    /** One answer of the stand-in repository. */
    record Answer(int status, String contentType, String body, Map<String, String> headers)
    {
        static Answer json(int status, String body)
        {
            return new Answer(status, "application/json;charset=UTF-8", body, Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    final List<String> proxied = new CopyOnWriteArrayList<>();

    /** repository: from "/practicechallenge/escalations?query" (no proxy prefix) to its answer. */
    DashletServer(Function<String, Answer> repository) throws IOException
    {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/share/page/", exchange -> send(exchange, pages.containsKey(exchange.getRequestURI().getPath())
            ? new Answer(200, "text/html;charset=UTF-8", pages.get(exchange.getRequestURI().getPath()), Map.of())
            : Answer.json(404, "{}")));
        server.createContext("/share/res/", exchange -> {
            Path file = ModuleFiles.STATIC_RESOURCES.resolve(exchange.getRequestURI().getPath().substring("/share/res/".length())).normalize();
            if (!file.startsWith(ModuleFiles.STATIC_RESOURCES) || !Files.isRegularFile(file))
            {
                send(exchange, Answer.json(404, "{}"));
                return;
            }
            String type = file.toString().endsWith(".css") ? "text/css" : "application/javascript";
            send(exchange, new Answer(200, type + ";charset=UTF-8", Files.readString(file), Map.of()));
        });
        server.createContext(PROXY + "/", exchange -> {
            String raw = exchange.getRequestURI().getRawPath().substring(PROXY.length());
            String query = exchange.getRequestURI().getRawQuery();
            String call = query == null ? raw : raw + "?" + query;
            proxied.add(call);
            send(exchange, repository.apply(call));
        });
        server.start();
    }

    /** Serves html at /share/page/name; its address. */
    String page(String name, String html)
    {
        pages.put("/share/page/" + name, html);
        return base() + "/share/page/" + name;
    }

    String base()
    {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The proxied requests to one repository script, with their queries. */
    List<String> calls(String script)
    {
        return proxied.stream().filter(c -> c.startsWith(script + "?") || c.equals(script)).toList();
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException
    {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody())
        {
            out.write(body);
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
