package org.practicechallenge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelLabelTest {

    private final DictionaryModel content = ShippedResources.contentModel();
    private final DictionaryModel workflow = ShippedResources.workflowModel();
    private final Properties contentLabels = ShippedResources.labels(ShippedResources.CONTENT_MODEL_LABELS);
    private final Properties workflowLabels = ShippedResources.labels(ShippedResources.WORKFLOW_LABELS);

    @Test
    void everyTypeAspectPropertyAndListValueHasATitle() {
        assertThat(new ModelLabels(content).missingFrom(contentLabels)).as("missing from %s", ShippedResources.CONTENT_MODEL_LABELS).isEmpty();
        assertThat(new ModelLabels(workflow).missingFrom(workflowLabels)).as("missing from %s", ShippedResources.WORKFLOW_LABELS).isEmpty();
    }

    @Test
    void everyModelLabelNamesSomethingItsModelDefines() {
        assertThat(new ModelLabels(content).strayIn(contentLabels)).isEmpty();
        assertThat(new ModelLabels(workflow).strayIn(workflowLabels)).isEmpty();
    }

    @Test
    void aPropertyOrListValueWithoutALabelIsReported() {
        DictionaryModel grown = DictionaryModel.parse("""
                <model name="pc:practiceChallengeModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <namespaces><namespace uri="http://www.practicechallenge.org/model/content/1.0" prefix="pc"/></namespaces>
                    <constraints>
                        <constraint name="pc:stageList" type="LIST">
                            <parameter name="allowedValues"><list><value>stage1</value><value>stage5</value></list></parameter>
                        </constraint>
                    </constraints>
                    <aspects>
                        <aspect name="pc:childCase">
                            <properties><property name="pc:favouriteColour"><type>d:text</type></property></properties>
                        </aspect>
                    </aspects>
                </model>
                """, "grown");

        assertThat(new ModelLabels(grown).missingFrom(contentLabels)).containsExactlyInAnyOrder(
                "pc_practiceChallengeModel.property.pc_favouriteColour.title",
                "pc_practiceChallengeModel.property.pc_favouriteColour.description",
                "listconstraint.pc_stageList.stage5");
    }

    @Test
    void everyBundleIsPlainAsciiWithEachKeyOnce() {
        for (String bundle : List.of(ShippedResources.CONTENT_MODEL_LABELS, ShippedResources.WORKFLOW_LABELS)) {
            byte[] bytes = ShippedResources.bytes(bundle);
            List<Integer> nonAscii = new ArrayList<>();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    nonAscii.add(i);
                }
            }
            assertThat(nonAscii).as("byte offsets of non-ASCII characters in %s", bundle).isEmpty();
            assertThat(keysWrittenTwice(new String(bytes, StandardCharsets.US_ASCII))).as("keys written twice in %s", bundle).isEmpty();
        }
    }

    private static Set<String> keysWrittenTwice(String bundle) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (String line : bundle.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        return twice;
    }
}
