package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What {@code run.sh} hands to {@code docker compose} (platform-docker/target/docker), checked without a Docker
 * engine: the images the Dockerfiles start from, the JARs they copy, the compose services of the Alfresco SDK 4.x
 * stack, the Governance Services override, and that every Maven token was filled in.
 */
class DockerStackCheck
{
    private static final Path DOCKER = Path.of(System.getProperty("practicechallenge.docker.dir", "target/docker"));
    private static final String VERSION = System.getProperty("practicechallenge.module.version", "1.0.0-SNAPSHOT");
    private static final Pattern MAVEN_TOKEN = Pattern.compile("@[A-Za-z][\\w.-]*@");

    @Test
    void acsImageStartsFromTheCommunityRepositoryAndCarriesTheModuleJar() throws IOException
    {
        String dockerfile = read("acs/Dockerfile");
        assertThat(dockerfile).contains("ARG ACS_BASE_IMAGE=alfresco/alfresco-content-repository-community:26.1.0")
                .contains("FROM ${ACS_BASE_IMAGE}")
                .contains("COPY extensions/*.jar $TOMCAT_DIR/webapps/alfresco/WEB-INF/lib/")
                .contains("COPY alfresco-global.properties $TOMCAT_DIR/shared/classes/alfresco-global.properties")
                .contains("ARG USERNAME=alfresco").contains("USER ${USERNAME}");

        List<String> jars = files("acs/extensions");
        assertThat(jars).contains("repo-module-" + VERSION + ".jar")
                .anyMatch(jar -> jar.startsWith("jollyday-core-"))
                .anyMatch(jar -> jar.startsWith("jollyday-jaxb-"))
                .anyMatch(jar -> jar.startsWith("threeten-extra-"));
        assertThat(jars).as("ACS ships JAXB 4, Jakarta Activation and SLF4J; Share's JAR does not belong here")
                .noneMatch(jar -> jar.matches("(jakarta\\.xml\\.bind-api|jakarta\\.activation-api|jaxb-.*|txw2|istack-.*"
                        + "|angus-.*|slf4j-.*|share-module|alfresco-api|activiti-.*)-.*\\.jar"));

        Map<String, byte[]> moduleJar = Archives.entries(DOCKER.resolve("acs/extensions/repo-module-" + VERSION + ".jar"));
        assertThat(moduleJar).containsKey("alfresco/module/practice-challenge-repo/module.properties")
                .containsKey("alfresco/module/practice-challenge-repo/module-context.xml");
        assertThat(moduleJar.keySet()).as("no alfresco-api declarations in the deployed JAR")
                .noneMatch(name -> name.startsWith("org/alfresco/") || name.startsWith("org/springframework/extensions/"));
        assertThat(moduleJar.values()).as("no demo data in the module JAR")
                .noneMatch(bytes -> Archives.text(bytes).contains("DEMO-0001"));

        String global = read("acs/alfresco-global.properties");
        assertThat(global).contains("db.url=jdbc:postgresql://practice-challenge-postgres:5432/alfresco")
                .contains("solr.host=practice-challenge-ass")
                .contains("messaging.broker.url=failover:(nio://practice-challenge-activemq:61616)");
    }

    @Test
    void shareImageStartsFromShareAndCarriesTheShareJar() throws IOException
    {
        assertThat(read("share/Dockerfile")).contains("ARG SHARE_BASE_IMAGE=alfresco/alfresco-share:26.1.0")
                .contains("FROM ${SHARE_BASE_IMAGE}")
                .contains("COPY extensions/*.jar $TOMCAT_DIR/webapps/share/WEB-INF/lib/");
        assertThat(files("share/extensions")).containsExactly("share-module-" + VERSION + ".jar");
        assertThat(read("share/share-config-custom.xml"))
                .contains("<endpoint-url>http://practice-challenge-acs:8080/alfresco/s</endpoint-url>");
    }

    @Test
    void composeRunsTheSdkStackAndTheBootstrap() throws IOException
    {
        String compose = read("docker-compose.yml");
        for (String service : List.of("practice-challenge-share", "practice-challenge-acs", "practice-challenge-postgres",
                "practice-challenge-ass", "practice-challenge-activemq", "practice-challenge-bootstrap"))
        {
            assertThat(compose).as("service %s", service).containsPattern("(?m)^  " + Pattern.quote(service) + ":$");
        }
        assertThat(compose).contains("image: postgres:16.5")
                .contains("image: alfresco/alfresco-search-services:2.0.15")
                .contains("image: alfresco/alfresco-activemq:5.18-jre17-rockylinux8")
                .contains("context: ./acs").contains("context: ./share")
                .contains("\"8080:8080\"").contains("\"8180:8080\"").contains("\"5555:5432\"")
                .contains("condition: service_healthy");
        for (String volume : List.of("practice-challenge-acs-volume", "practice-challenge-db-volume", "practice-challenge-ass-volume"))
        {
            assertThat(compose).as("external volume %s, created by run.sh", volume)
                    .containsPattern("(?m)^  " + volume + ":\\n    external: true$");
        }

        String governance = read("docker-compose.governance.yml");
        assertThat(governance).contains("ACS_BASE_IMAGE: alfresco/alfresco-governance-repository-community:26.1.0")
                .contains("SHARE_BASE_IMAGE: alfresco/alfresco-governance-share-community:26.1.0");
    }

    @Test
    void bootstrapHasItsScriptAndTheModuleGroups() throws IOException
    {
        assertThat(read("bootstrap/bootstrap.sh")).startsWith("#!/bin/sh");
        assertThat(read("bootstrap/alfresco-global.properties")).contains("GROUP_PC_PARTNERSHIP");
    }

    @Test
    void everyMavenTokenWasFilled() throws IOException
    {
        try (Stream<Path> files = Files.walk(DOCKER))
        {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".jar")).toList())
            {
                Matcher token = MAVEN_TOKEN.matcher(Files.readString(file));
                assertThat(token.find()).as("unfilled token %s in %s", token.find(0) ? token.group() : "", file).isFalse();
            }
        }
    }

    private static String read(String file) throws IOException
    {
        Path path = DOCKER.resolve(file);
        assertThat(Files.isRegularFile(path)).as("built %s", path).isTrue();
        return Files.readString(path);
    }

    private static List<String> files(String dir) throws IOException
    {
        try (Stream<Path> files = Files.list(DOCKER.resolve(dir)))
        {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
