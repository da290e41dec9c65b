package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
        assertThat(jars).as("the module JAR is named after the module id").contains("practice-challenge-repo-" + VERSION + ".jar")
                .noneMatch(jar -> jar.startsWith("repo-module-"))
                .anyMatch(jar -> jar.startsWith("jollyday-core-"))
                .anyMatch(jar -> jar.startsWith("jollyday-jaxb-"))
                .anyMatch(jar -> jar.startsWith("threeten-extra-"))
                .anyMatch(jar -> jar.matches("pdfbox-\\d.*\\.jar"));
        assertThat(jars).as("ACS ships JAXB 4, Jakarta Activation, SLF4J and pdfbox's own dependencies; Share's JAR does not belong here")
                .noneMatch(jar -> jar.matches("(jakarta\\.xml\\.bind-api|jakarta\\.activation-api|jaxb-.*|txw2|istack-.*"
                        + "|angus-.*|slf4j-.*|jspecify|fontbox|pdfbox-io|commons-logging"
                        + "|share-module|practice-challenge-share|alfresco-api|alfresco-ags-api|activiti-.*)-.*\\.jar"));

        Map<String, byte[]> moduleJar = AmpArchive.entries(DOCKER.resolve("acs/extensions/practice-challenge-repo-" + VERSION + ".jar"));
        assertThat(moduleJar).containsKey("alfresco/module/practice-challenge-repo/module.properties")
                .containsKey("alfresco/module/practice-challenge-repo/module-context.xml");
        assertThat(moduleJar.keySet()).as("no alfresco-api declarations in the deployed JAR")
                .noneMatch(name -> name.startsWith("org/alfresco/") || name.startsWith("org/springframework/extensions/"));
        assertThat(moduleJar.values()).as("no demo data in the module JAR")
                .noneMatch(bytes -> AmpArchive.text(bytes).contains("DEMO-0001"));

        String global = read("acs/alfresco-global.properties");
        assertThat(global).contains("db.url=jdbc:postgresql://practice-challenge-postgres:5432/alfresco")
                .contains("solr.host=practice-challenge-ass")
                .contains("messaging.broker.url=failover:(nio://practice-challenge-activemq:61616)");
    }

    /** What the Dockerfile copies into WEB-INF/lib must not be a jar alfresco.war already has (two copies, or the same). */
    @Test
    void acsImageAddsNoJarThatAlfrescoWarHas() throws IOException
    {
        AcsWarLibrary war = AcsWarLibrary.requirePresent();
        List<String> clashes = files("acs/extensions").stream().flatMap(jar -> war.clashes(jar).stream()).toList();
        assertThat(clashes).as("acs/extensions against %s", war.file()).isEmpty();
    }

    /**
     * The repository's metadata keystore settings agree with the keystore the ACS 26.1 image holds: JCEKS at
     * {@code shared/classes/alfresco/extension/keystore/keystore}, alias {@code metadata}, a DESede key (the file comes
     * from alfresco-community-repo {@code packaging/distribution/src/main/resources/keystore/metadata-keystore/}, whose
     * {@code keystore-passwords.properties} says {@code metadata.algorithm=DESede}; Alfresco's acs-deployment
     * {@code docker-compose/community-compose.yaml} for 26.1.0 passes exactly these options). A cipher or key algorithm
     * other than the key's cannot use it.
     */
    @Test
    void acsKeystoreSettingsMatchTheKeystoreTheAcs261ImageHolds() throws IOException
    {
        Map<String, String> options = systemProperties(service(read("docker-compose.yml"), "practice-challenge-acs"), "JAVA_TOOL_OPTIONS");

        String keyAlgorithm = options.get("metadata-keystore.metadata.algorithm");
        assertThat(options.get("encryption.keyAlgorithm")).as("encryption.keyAlgorithm is the metadata key's algorithm")
                .isEqualTo(keyAlgorithm);
        assertThat(options.get("encryption.cipherAlgorithm")).as("the cipher uses the metadata key's algorithm")
                .startsWith(keyAlgorithm + "/");
        assertThat(options).as("ACS 26.1 image keystore (acs-deployment community-compose.yaml, 26.1.0)").containsExactlyInAnyOrderEntriesOf(Map.of(
                "encryption.keystore.type", "JCEKS",
                "encryption.cipherAlgorithm", "DESede/CBC/PKCS5Padding",
                "encryption.keyAlgorithm", "DESede",
                "encryption.keystore.location", "/usr/local/tomcat/shared/classes/alfresco/extension/keystore/keystore",
                "metadata-keystore.password", "mp6yc0UD9e",
                "metadata-keystore.aliases", "metadata",
                "metadata-keystore.metadata.password", "oKIWzVdEdA",
                "metadata-keystore.metadata.algorithm", "DESede"));

        assertThat(read("docker-compose.governance.yml")).as("the Governance Services images hold the same keystore")
                .doesNotContain("JAVA_TOOL_OPTIONS").doesNotContain("keystore");
    }

    @Test
    void shareImageStartsFromShareAndCarriesTheShareJar() throws IOException
    {
        assertThat(read("share/Dockerfile")).contains("ARG SHARE_BASE_IMAGE=alfresco/alfresco-share:26.1.0")
                .contains("FROM ${SHARE_BASE_IMAGE}")
                .contains("COPY extensions/*.jar $TOMCAT_DIR/webapps/share/WEB-INF/lib/");
        assertThat(files("share/extensions")).as("the Share JAR, named after the module id")
                .containsExactly("practice-challenge-share-" + VERSION + ".jar");
        assertThat(read("share/share-config-custom.xml"))
                .contains("<endpoint-url>http://practice-challenge-acs:8080/alfresco/s</endpoint-url>");
    }

    @Test
    void composeRunsTheSdkStackAndTheBootstrap() throws IOException
    {
        String compose = read("docker-compose.yml");
        for (String service : List.of("practice-challenge-share", "practice-challenge-acs", "practice-challenge-postgres",
                "practice-challenge-ass", "practice-challenge-activemq", "practice-challenge-mail", "practice-challenge-bootstrap"))
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

    /** Notices go to the stack's own mail catcher, whose page (named in the README) shows every one of them. */
    @Test
    void acsSendsEveryNoticeToTheLocalMailCatcher() throws IOException
    {
        String compose = read("docker-compose.yml");
        String mail = service(compose, "practice-challenge-mail");
        assertThat(mail).as("a public image at a pinned version, never latest")
                .containsPattern("(?m)^    image: axllent/mailpit:v\\d+\\.\\d+\\.\\d+$")
                .contains("- \"8025:8025\"");
        assertThat(service(compose, "practice-challenge-acs")).as("ACS starts after the mail catcher")
                .contains("- practice-challenge-mail");

        Properties global = new Properties();
        try (Reader in = Files.newBufferedReader(DOCKER.resolve("acs/alfresco-global.properties")))
        {
            global.load(in);
        }
        assertThat(global.getProperty("mail.host")).isEqualTo("practice-challenge-mail");
        assertThat(global.getProperty("mail.port")).as("Mailpit's SMTP port").isEqualTo("1025");
        assertThat(global.getProperty("mail.smtp.auth")).isEqualTo("false");

        Path readme = Path.of(System.getProperty("practicechallenge.root", "..")).resolve("README.md");
        assertThat(Files.readString(readme)).as("the README names the mail catcher's page")
                .contains("http://localhost:8025");
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

    /** The lines of one top-level compose service (two-space indent), up to the next service or section. */
    private static String service(String compose, String name)
    {
        Matcher start = Pattern.compile("(?m)^  " + Pattern.quote(name) + ":$").matcher(compose);
        assertThat(start.find()).as("service %s", name).isTrue();
        Matcher end = Pattern.compile("(?m)^(  \\S|\\S)").matcher(compose);
        int to = end.find(start.end()) ? end.start() : compose.length();
        return compose.substring(start.end(), to);
    }

    /** The -Dname=value options of one environment variable: quoted on one line, or a folded (>-) block. */
    private static Map<String, String> systemProperties(String service, String variable)
    {
        Matcher line = Pattern.compile("(?m)^( +)" + variable + ":[ \\t]*(.*)$").matcher(service);
        assertThat(line.find()).as("%s in the service", variable).isTrue();
        String value = line.group(2).trim();
        if (value.startsWith(">") || value.startsWith("|"))
        {
            StringBuilder folded = new StringBuilder();
            Matcher more = Pattern.compile("(?m)^" + line.group(1) + "  +(\\S.*)$").matcher(service);
            int at = line.end();
            while (more.find(at) && more.start() == at + 1)
            {
                folded.append(' ').append(more.group(1).trim());
                at = more.end();
            }
            value = folded.toString();
        }
        value = value.replaceAll("^\"|\"$", "");
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (String token : value.trim().split("\\s+"))
        {
            assertThat(token).as("%s option", variable).startsWith("-D").contains("=");
            String option = token.substring(2);
            options.put(option.substring(0, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
        }
        return options;
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
