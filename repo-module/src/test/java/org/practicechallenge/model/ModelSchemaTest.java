package org.practicechallenge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

class ModelSchemaTest {

    @Test
    void bothModelsValidateAgainstAlfrescoModelSchema() {
        AlfrescoReferenceData reference = AlfrescoReferenceData.requirePresent();

        for (String model : new String[] {ShippedResources.CONTENT_MODEL, ShippedResources.WORKFLOW_MODEL}) {
            StreamSource source = new StreamSource(new ByteArrayInputStream(ShippedResources.bytes(model)), model);

            assertThat(reference.modelSchemaViolations(source)).as("schema violations in %s", model).isEmpty();
        }
    }

    @Test
    void aModelWithItsParentAfterItsPropertiesFailsTheSchema() {
        AlfrescoReferenceData reference = AlfrescoReferenceData.requirePresent();
        // Alfresco's schema fixes the order of a class's elements: title, description, parent, ..., properties.
        String misordered = """
                <model name="pc:broken" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <namespaces><namespace uri="urn:broken" prefix="pc"/></namespaces>
                    <types>
                        <type name="pc:thing">
                            <properties><property name="pc:colour"><type>d:text</type></property></properties>
                            <parent>cm:folder</parent>
                        </type>
                    </types>
                </model>
                """;

        var violations = reference.modelSchemaViolations(
                new StreamSource(new ByteArrayInputStream(misordered.getBytes(StandardCharsets.UTF_8)), "misordered"));

        assertThat(violations).isNotEmpty().anySatisfy(v -> assertThat(v).contains("parent"));
    }

    @Test
    void eachModelHasTheNameAndNamespaceTheDevelopersGuideAgrees() {
        DictionaryModel content = ShippedResources.contentModel();
        DictionaryModel workflow = ShippedResources.workflowModel();

        assertThat(content.name()).isEqualTo("pc:practiceChallengeModel");
        assertThat(content.namespaces()).containsExactly(
                Map.entry("pc", "http://www.practicechallenge.org/model/content/1.0"));
        assertThat(workflow.name()).isEqualTo("pcwf:practiceChallengeWorkflowModel");
        assertThat(workflow.namespaces()).containsExactly(
                Map.entry("pcwf", "http://www.practicechallenge.org/model/workflow/1.0"));
        assertThat(workflow.imports()).containsEntry("pc", "http://www.practicechallenge.org/model/content/1.0")
                .containsEntry("bpm", "http://www.alfresco.org/model/bpm/1.0");
    }
}
