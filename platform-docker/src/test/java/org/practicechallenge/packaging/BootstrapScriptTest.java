package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Runs the real demo bootstrap script ({@code sh bootstrap.sh}, with curl) against a small stand-in for ACS's public
 * REST API on the loopback address, and checks what it asks ACS to create: every GROUP_ authority of the module's
 * defaults plus GROUP_PC_RECORDS_MANAGERS, the demo site with its members, a case folder with pc:childCase, and a demo
 * user for each role in that role's groups.
 * A second run against the same state creates nothing twice.
 */
class BootstrapScriptTest
{
    private static final Path SCRIPT = Path.of("src/main/docker/bootstrap/bootstrap.sh");
    private static final Path MODULE_DEFAULTS = Path.of(System.getProperty("practicechallenge.repo.resources",
            "../repo-module/src/main/resources/alfresco/module/practice-challenge-repo")).resolve("alfresco-global.properties");
    private static final String API = "/alfresco/api/-default-/public/alfresco/versions/1";

    private HttpServer acs;
    private final Set<String> groups = Collections.synchronizedSet(new TreeSet<>());
    private final Set<String> siteMembers = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Map<String, Set<String>> people = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean site;
    private volatile String folder;

    @BeforeEach
    void fakeAcs() throws IOException
    {
        acs = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        acs.createContext("/", this::answer);
        acs.start();
    }

    @AfterEach
    void stop()
    {
        acs.stop(0);
    }

    @Test
    void createsEveryGroupTheSiteAndASampleChildCaseFolderOnce() throws Exception
    {
        assumeTrue(available("sh") && available("curl"), "sh or curl missing: the bootstrap script test is skipped");

        Set<String> expected = new TreeSet<>();
        Matcher group = Pattern.compile("GROUP_[A-Z0-9_]+").matcher(
                Files.readAllLines(MODULE_DEFAULTS).stream().filter(line -> !line.strip().startsWith("#"))
                        .reduce("", (a, b) -> a + "\n" + b));
        while (group.find())
        {
            expected.add(group.group());
        }
        expected.add("GROUP_PC_RECORDS_MANAGERS");
        assertThat(expected).contains("GROUP_PC_PARTNERSHIP", "GROUP_PC_PRACTICE_REVIEW_GROUP",
                "GROUP_PC_SAFEGUARDINGUNIT_CONFERENCE_CHAIRS");

        Run first = run();
        assertThat(first.exit).as(first.output).isZero();
        assertThat(groups).isEqualTo(expected);
        assertThat(site).isTrue();
        assertThat(siteMembers).contains("GROUP_PC_POLICE_PRACTITIONERS=SiteCollaborator", "GROUP_PC_RECORDS_MANAGERS=SiteConsumer");
        assertThat(folder).contains("\"aspectNames\":[\"pc:childCase\"]").contains("\"pc:childIdentifier\":\"DEMO-0001\"")
                .contains("\"pc:caseCategory\":\"childProtection\"").contains("\"nodeType\":\"cm:folder\"");
        assertThat(requests).contains("POST " + API + "/groups {\"id\":\"PC_PARTNERSHIP\",\"displayName\":\"PC Partnership\"}");

        assertThat(people).containsOnlyKeys("sam.social", "mo.manager", "pat.police", "lee.sergeant", "cara.chair",
                "dee.director", "rory.records");
        assertThat(people.get("sam.social")).containsExactly("GROUP_PC_SOCIALCARE_PRACTITIONERS");
        assertThat(people.get("lee.sergeant")).containsExactlyInAnyOrder("GROUP_PC_POLICE_FIRST_LINE_MANAGERS",
                "GROUP_PC_POLICE_LINE_MANAGERS");
        assertThat(people.get("cara.chair")).containsExactly("GROUP_PC_SAFEGUARDINGUNIT_CONFERENCE_CHAIRS");
        assertThat(people.get("rory.records")).containsExactly("GROUP_PC_RECORDS_MANAGERS");
        assertThat(people.values()).as("every demo user's groups are the module's groups").allSatisfy(of ->
                assertThat(expected).containsAll(of));

        requests.clear();
        Run second = run();
        assertThat(second.exit).as(second.output).isZero();
        assertThat(requests).as("nothing is created twice").noneMatch(r -> r.startsWith("POST " + API + "/groups ")
                || r.startsWith("POST " + API + "/sites ") || r.startsWith("POST " + API + "/people ")
                || r.matches("POST " + API + "/groups/.*/members .*"));
        assertThat(second.output).contains("sample case folder exists");
    }

    @Test
    void stopsWithAMessageWhenAcsRefuses() throws Exception
    {
        assumeTrue(available("sh") && available("curl"), "sh or curl missing: the bootstrap script test is skipped");
        refuseGroups = true;
        Run run = run();
        assertThat(run.exit).isNotZero();
        assertThat(run.output).contains("bootstrap: FAILED: creating GROUP_");
    }

    private volatile boolean refuseGroups;

    private void answer(HttpExchange exchange) throws IOException
    {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(method + " " + exchange.getRequestURI() + (body.isEmpty() ? "" : " " + body));
        if (!"Basic YWRtaW46YWRtaW4=".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && !path.endsWith("/probes/-ready-"))
        {
            reply(exchange, 401, "{}");
            return;
        }
        String rest = path.startsWith(API) ? path.substring(API.length()) : path;
        if (rest.equals("/probes/-ready-"))
        {
            reply(exchange, 200, "{\"entry\":{\"message\":\"readyProbe: Success\"}}");
        }
        else if (method.equals("GET") && rest.startsWith("/groups/"))
        {
            reply(exchange, groups.contains(rest.substring("/groups/".length())) ? 200 : 404, "{}");
        }
        else if (method.equals("POST") && rest.equals("/groups"))
        {
            if (refuseGroups)
            {
                reply(exchange, 403, "{\"error\":{\"briefSummary\":\"no\"}}");
                return;
            }
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
            assertThat(id.find()).isTrue();
            assertThat(id.group(1)).as("REST ids are created without the GROUP_ prefix").doesNotStartWith("GROUP_");
            groups.add("GROUP_" + id.group(1));
            reply(exchange, 201, "{}");
        }
        else if (method.equals("GET") && rest.equals("/sites/practice-challenge-demo"))
        {
            reply(exchange, site ? 200 : 404, "{}");
        }
        else if (method.equals("POST") && rest.equals("/sites"))
        {
            site = true;
            reply(exchange, 201, "{}");
        }
        else if (method.equals("POST") && rest.equals("/sites/practice-challenge-demo/group-members"))
        {
            Matcher member = Pattern.compile("\"id\":\"([^\"]+)\",\"role\":\"([^\"]+)\"").matcher(body);
            assertThat(member.find()).isTrue();
            boolean added = siteMembers.add(member.group(1) + "=" + member.group(2));
            reply(exchange, added ? 201 : 409, "{}");
        }
        else if (method.equals("GET") && rest.equals("/sites/practice-challenge-demo/containers/documentLibrary"))
        {
            reply(exchange, 200, "{\"entry\":{\n  \"id\":\"8f2105b4-daaf-4874-9e8a-2152569d109b\",\n  \"folderId\":\"documentLibrary\"}}");
        }
        else if (method.equals("POST") && rest.equals("/nodes/8f2105b4-daaf-4874-9e8a-2152569d109b/children"))
        {
            assertThat(exchange.getRequestURI().getQuery()).isEqualTo("autoRename=false");
            boolean created = folder == null;
            folder = created ? body : folder;
            reply(exchange, created ? 201 : 409, "{}");
        }
        else if (method.equals("GET") && rest.matches("/people/[^/]+"))
        {
            reply(exchange, people.containsKey(rest.substring("/people/".length())) ? 200 : 404, "{}");
        }
        else if (method.equals("POST") && rest.equals("/people"))
        {
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
            assertThat(id.find()).isTrue();
            assertThat(body).as("ACS needs a first name, an email and a password").contains("\"firstName\":\"")
                    .contains("\"password\":\"practice-demo\"")
                    // ACS's mail action drops addresses commons-validator refuses, such as the .invalid TLD
                    .contains("\"email\":\"" + id.group(1) + "@example.org\"");
            boolean created = people.putIfAbsent(id.group(1), Collections.synchronizedSet(new TreeSet<>())) == null;
            reply(exchange, created ? 201 : 409, "{}");
        }
        else if (method.equals("GET") && rest.matches("/people/[^/]+/groups"))
        {
            Set<String> of = people.get(rest.split("/")[2]);
            StringBuilder list = new StringBuilder();
            (of == null ? Set.<String>of() : of).forEach(g -> list.append(list.length() == 0 ? "" : ",")
                    .append("{\"entry\" : {\"id\" : \"").append(g).append("\", \"isRoot\" : true}}"));
            reply(exchange, of == null ? 404 : 200, "{\"list\":{\"entries\":[" + list + "]}}");
        }
        else if (method.equals("POST") && rest.matches("/groups/[^/]+/members"))
        {
            String group = rest.split("/")[2];
            Matcher member = Pattern.compile("\"id\":\"([^\"]+)\",\"memberType\":\"PERSON\"").matcher(body);
            assertThat(member.find()).as(body).isTrue();
            if (!groups.contains(group) || !people.containsKey(member.group(1)))
            {
                reply(exchange, 404, "{}");
                return;
            }
            people.get(member.group(1)).add(group);
            reply(exchange, 201, "{}");
        }
        else
        {
            reply(exchange, 400, "{\"error\":\"unexpected " + method + " " + rest + "\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException
    {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private record Run(int exit, String output)
    {
    }

    private Run run() throws Exception
    {
        ProcessBuilder sh = new ProcessBuilder("sh", SCRIPT.toString()).redirectErrorStream(true);
        sh.environment().put("ACS_URL", "http://127.0.0.1:" + acs.getAddress().getPort() + "/alfresco");
        sh.environment().put("GROUPS_FILE", MODULE_DEFAULTS.toString());
        sh.environment().put("WAIT_SECONDS", "10");
        Process process = sh.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean available(String command)
    {
        try
        {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        }
        catch (IOException | InterruptedException e)
        {
            return false;
        }
    }
}
