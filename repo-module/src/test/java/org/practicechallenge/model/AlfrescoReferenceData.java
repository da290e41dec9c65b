package org.practicechallenge.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Alfresco's own model schema and core dictionary models, kept outside the project for validation only.
 * The folder comes from {@value #PROPERTY} (set by surefire); without it, {@code ../shared/alfresco} beside
 * the project root. Tests that need it skip, naming the folder, when it is absent.
 */
final class AlfrescoReferenceData {

    static final String PROPERTY = "practicechallenge.alfresco.reference";

    private final Path folder;
    private Schema modelSchema;

    private AlfrescoReferenceData(Path folder) {
        this.folder = folder;
    }

    static AlfrescoReferenceData locate() {
        String configured = System.getProperty(PROPERTY);
        boolean usable = configured != null && !configured.isBlank() && !configured.contains("${");
        Path folder = usable ? Path.of(configured) : ShippedResources.projectRoot().resolve("../shared/alfresco");
        return new AlfrescoReferenceData(folder.toAbsolutePath().normalize());
    }

    /** The reference data, or a skipped test whose message names the folder that was looked in. */
    static AlfrescoReferenceData requirePresent() {
        AlfrescoReferenceData data = locate();
        assumeTrue(data.isPresent(), () -> "Alfresco reference data not found in " + data.folder
                + " (expected schema/modelSchema.xsd and dictionary/*.xml; set -D" + PROPERTY + "=<folder>)");
        return data;
    }

    boolean isPresent() {
        return Files.isRegularFile(folder.resolve("schema/modelSchema.xsd")) && Files.isDirectory(folder.resolve("dictionary"));
    }

    Path folder() {
        return folder;
    }

    /** Every schema error and warning in a model document, each with its line; empty when it validates. */
    List<String> modelSchemaViolations(Source model) {
        List<String> violations = new ArrayList<>();
        Validator validator = modelSchema().newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                violations.add(describe("warning", e));
            }

            @Override
            public void error(SAXParseException e) {
                violations.add(describe("error", e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                violations.add(describe("fatal", e));
            }
        });
        try {
            validator.validate(model);
        } catch (SAXException e) {
            if (violations.isEmpty()) {
                violations.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** Alfresco's core models (d, sys, cm, app, bpm, wf, st, rma) as found in dictionary/. */
    List<DictionaryModel> dictionaryModels() {
        try (Stream<Path> files = Files.list(folder.resolve("dictionary"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().map(DictionaryModel::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alfresco's core models together with the given project models, as one repository would hold them. */
    DictionaryScope scopeWith(List<DictionaryModel> projectModels) {
        List<DictionaryModel> all = new ArrayList<>(dictionaryModels());
        all.addAll(projectModels);
        return DictionaryScope.of(all);
    }

    private Schema modelSchema() {
        if (modelSchema == null) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                modelSchema = factory.newSchema(folder.resolve("schema/modelSchema.xsd").toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot read Alfresco's model schema in " + folder, e);
            }
        }
        return modelSchema;
    }

    private static String describe(String level, SAXParseException e) {
        return level + " at line " + e.getLineNumber() + ": " + e.getMessage();
    }
}
