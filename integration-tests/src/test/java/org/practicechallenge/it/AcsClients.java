package org.practicechallenge.it;

import java.util.Map;

import org.alfresco.core.handler.AuditApi;
import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.PeopleApi;
import org.alfresco.core.handler.SitesApi;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Alfresco's own Java REST client ({@code alfresco-acs-java-rest-api-spring-boot-starter}) for the core API calls it
 * covers: groups, people, sites, nodes and audit, as one user (the administrator for setup and checks). The
 * workflow API and web scripts, which it does not cover, go through {@link Rest}.
 */
final class AcsClients implements AutoCloseable
{
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Client
    {
    }

    private final ConfigurableApplicationContext context;

    private AcsClients(ConfigurableApplicationContext context)
    {
        this.context = context;
    }

    /** Clients against {@code acsUrl} (…/alfresco) authenticated as {@code user}. */
    static AcsClients connect(String acsUrl, String user, String password)
    {
        Map<String, Object> properties = Map.of(
                "content.service.url", acsUrl,
                "content.service.path", Acs.CORE_API,
                "content.service.security.basicAuth.username", user,
                "content.service.security.basicAuth.password", password,
                "spring.main.lazy-initialization", "true",
                "logging.level.root", "WARN");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Client.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties)
                .run();
        return new AcsClients(context);
    }

    static AcsClients admin()
    {
        return connect(Acs.URL, Acs.ADMIN, Acs.ADMIN_PASSWORD);
    }

    NodesApi nodes()
    {
        return context.getBean(NodesApi.class);
    }

    GroupsApi groups()
    {
        return context.getBean(GroupsApi.class);
    }

    PeopleApi people()
    {
        return context.getBean(PeopleApi.class);
    }

    SitesApi sites()
    {
        return context.getBean(SitesApi.class);
    }

    AuditApi audit()
    {
        return context.getBean(AuditApi.class);
    }

    @Override
    public void close()
    {
        context.close();
    }
}
