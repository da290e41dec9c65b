package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.alfresco.core.model.GroupBodyCreate;
import org.alfresco.core.model.GroupEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Runs without ACS: the live tests' clients against a loopback stand-in, so a wiring mistake (Alfresco's REST client
 * on Spring Boot 4, our base path and basic authentication, the readiness probe) fails `mvn verify` even when the
 * live tests are skipped.
 */
class RestClientWiringTest
{
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void standIn() throws IOException
    {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop()
    {
        server.stop(0);
    }

    private String url()
    {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alfresco";
    }

    @Test
    void alfrescosJavaClientCallsTheCoreApiWithBasicAuthentication()
    {
        try (AcsClients clients = AcsClients.connect(url(), "admin", "secret"))
        {
            GroupEntry group = clients.groups().getGroup("GROUP_PC_PARTNERSHIP", null, null).getBody();
            assertThat(group.getEntry().getDisplayName()).isEqualTo("PC Partnership");
            clients.groups().createGroup(new GroupBodyCreate().id("PC_RECORDS_MANAGERS").displayName("Records"), null, null);
        }
        assertThat(seen).contains(
                "GET /alfresco/api/-default-/public/alfresco/versions/1/groups/GROUP_PC_PARTNERSHIP Basic YWRtaW46c2VjcmV0");
        assertThat(seen).anyMatch(call -> call.startsWith("POST /alfresco/api/-default-/public/alfresco/versions/1/groups "
                + "Basic YWRtaW46c2VjcmV0 {\"id\":\"PC_RECORDS_MANAGERS\",\"displayName\":\"Records\""));
    }

    @Test
    void plainCallsCarryTheUserAndJson()
    {
        Rest.Answer answer = new Rest(url(), "chair", "pw").put(Acs.WORKFLOW_API + "/tasks/7?select=state", java.util.Map.of("state", "claimed"));
        assertThat(answer.json(200).path("entry").path("id").asText()).isEqualTo("x");
        assertThat(seen).contains("PUT /alfresco/api/-default-/public/workflow/versions/1/tasks/7 Basic Y2hhaXI6cHc= {\"state\":\"claimed\"}");
    }

    @Test
    void theProbeTellsWhyNoAcsAnswers()
    {
        assertThat(Acs.probe(url())).isEmpty();
        server.stop(0);
        assertThat(Acs.probe(url())).startsWith("nothing answered");
        assertThat(Acs.probe("not a url")).contains("is not a URL");
    }

    private void answer(HttpExchange exchange) throws IOException
    {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + (auth == null ? "" : " " + auth)
                + (body.isEmpty() ? "" : " " + body));
        String json = exchange.getRequestURI().getPath().endsWith("/probes/-ready-")
                ? "{\"entry\":{\"message\":\"readyProbe: Success\"}}"
                : "{\"entry\":{\"id\":\"x\",\"displayName\":\"PC Partnership\",\"isRoot\":true}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
