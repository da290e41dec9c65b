package org.practicechallenge.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The module's resources as they ship, read from the classpath (so tests see what goes into the JAR), and the
 * few project paths the contract tests scan.
 */
final class ShippedResources {

    static final String MODULE = "alfresco/module/practice-challenge-repo/";
    static final String CONTENT_MODEL = MODULE + "model/practice-challenge-model.xml";
    static final String WORKFLOW_MODEL = MODULE + "model/practice-challenge-workflow-model.xml";
    static final String CONTENT_MODEL_LABELS = MODULE + "messages/practice-challenge-model.properties";
    static final String WORKFLOW_LABELS = MODULE + "messages/practice-challenge-workflow.properties";
    static final String WORKFLOW_FOLDER = MODULE + "workflow";

    private ShippedResources() {
    }

    static DictionaryModel contentModel() {
        return model(CONTENT_MODEL);
    }

    static DictionaryModel workflowModel() {
        return model(WORKFLOW_MODEL);
    }

    static DictionaryModel model(String resource) {
        try (InputStream in = open(resource)) {
            return DictionaryModel.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static URL url(String resource) {
        URL url = ShippedResources.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("classpath resource " + resource + " is missing");
        }
        return url;
    }

    /** A message bundle; Alfresco's bundles are ordinary Java properties files. */
    static Properties labels(String resource) {
        Properties labels = new Properties();
        try (InputStream in = open(resource)) {
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    /** The shipped workflow folder; its classpath URL when the build copied it, otherwise the source folder. */
    static Path workflowFolder() {
        URL url = ShippedResources.class.getClassLoader().getResource(WORKFLOW_FOLDER);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        // Maven copies no empty folder, so a missing URL may just mean "nothing there yet".
        return moduleDirectory().resolve("src/main/resources").resolve(WORKFLOW_FOLDER);
    }

    /** Every {@code *.bpmn20.xml} in the shipped workflow folder, sorted; empty when there is none. */
    static List<Path> bpmnFiles() {
        return filesEndingWith(workflowFolder(), ".bpmn20.xml");
    }

    /** The module's main Java sources (repo-module/src/main/java). */
    static List<Path> javaSources() {
        return filesEndingWith(moduleDirectory().resolve("src/main/java"), ".java");
    }

    /** repo-module: surefire's {@code basedir}, or the working directory when run elsewhere. */
    static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    }

    static Path projectRoot() {
        return moduleDirectory().getParent();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesEndingWith(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ShippedResources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + resource + " is missing");
        }
        return in;
    }
}
