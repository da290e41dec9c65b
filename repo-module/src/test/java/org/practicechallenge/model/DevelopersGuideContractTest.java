package org.practicechallenge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** DEVELOPERS.md is the naming contract: every pc/pcwf name and pcwf_ variable it lists exists in our models. */
class DevelopersGuideContractTest {

    private static final Pattern MODEL_NAME = Pattern.compile("(?<![\\w/.:-])(pcwf?:[A-Za-z]\\w*)");
    private static final Pattern VARIABLE = Pattern.compile("(?<![\\w$])pcwf_\\w+");
    /** The guide's own illustration of the naming rule ("a model property pcwf:x is the variable pcwf_x"). */
    private static final Set<String> ILLUSTRATIONS = Set.of("pcwf:x", "pcwf_x");

    private final DictionaryModel content = ShippedResources.contentModel();
    private final DictionaryModel workflow = ShippedResources.workflowModel();

    @Test
    void everyPcAndPcwfNameInTheDevelopersGuideIsDefinedInOurModels() {
        Set<String> undefined = new TreeSet<>();
        for (String name : matches(MODEL_NAME, guide())) {
            DictionaryModel model = name.startsWith("pcwf:") ? workflow : content;
            if (!model.definedNames().contains(name)) {
                undefined.add(name);
            }
        }

        assertThat(undefined).as("named in DEVELOPERS.md but defined in neither model").isEmpty();
    }

    @Test
    void everyPcwfVariableInTheDevelopersGuideIsAWorkflowModelProperty() {
        Set<String> missing = new TreeSet<>();
        for (String variable : matches(VARIABLE, guide())) {
            if (workflow.property(variable.replaceFirst("_", ":")).isEmpty()) {
                missing.add(variable);
            }
        }

        assertThat(missing).as("process variables in DEVELOPERS.md without a pcwf property").isEmpty();
    }

    @Test
    void aNameTheModelsLackIsReported() {
        String guide = "Aspects: `pcwf:discussionRecord` (`pcwf:facts`, `pcwf:feelings`); start `pcwf_startStage`, `pcwf_mood`.";

        assertThat(matches(MODEL_NAME, guide)).containsExactlyInAnyOrder("pcwf:discussionRecord", "pcwf:facts", "pcwf:feelings");
        assertThat(matches(MODEL_NAME, guide)).filteredOn(n -> !workflow.definedNames().contains(n)).containsExactly("pcwf:feelings");
        assertThat(matches(VARIABLE, guide)).filteredOn(v -> workflow.property(v.replaceFirst("_", ":")).isEmpty())
                .containsExactly("pcwf_mood");
    }

    private static String guide() {
        Path guide = ShippedResources.projectRoot().resolve("DEVELOPERS.md");
        assertThat(guide).as("the developers' guide").exists();
        return ShippedResources.read(guide);
    }

    private static List<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.removeAll(ILLUSTRATIONS);
        return List.copyOf(found);
    }
}
