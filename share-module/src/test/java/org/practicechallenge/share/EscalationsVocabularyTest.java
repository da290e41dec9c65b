package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The dashlet's practice issue and case category filters offer exactly the values the repository's model allows,
 * in its order, each with a label of its own in the module's bundle: a value added to the model shows up here.
 */
class EscalationsVocabularyTest
{
    @Test
    void practiceIssuesAreTheModelsIssueCategoriesEachWithALabel()
    {
        assertOffered("issueCategories", "pc:issueCategoryList", "practicechallenge.issueCategory.");
    }

    @Test
    void caseCategoriesAreTheModelsCaseCategoriesEachWithALabel()
    {
        assertOffered("caseCategories", "pc:caseCategoryList", "practicechallenge.caseCategory.");
    }

    private static void assertOffered(String modelKey, String constraint, String labelPrefix)
    {
        List<String> allowed = allowedValues(constraint);
        Map<String, Object> model = DashletHarness.runController(SampleRepository.answering(SampleRepository.NO_ESCALATIONS), Map.of());

        List<Map<String, Object>> offered = EscalationsControllerTest.list(model.get(modelKey));
        assertThat(offered).extracting(o -> o.get("code")).containsExactlyElementsOf(allowed);
        for (String code : allowed)
        {
            assertThat(DashletHarness.GLOBAL.getProperty(labelPrefix + code)).as("label of %s", code).isNotBlank();
        }
        assertThat(offered).allSatisfy(o -> assertThat(o.get("label")).isEqualTo(DashletHarness.text(labelPrefix + o.get("code"))));
    }

    private static List<String> allowedValues(String constraint)
    {
        Path models = ModuleFiles.repoModels();
        assumeTrue(models != null, "the repository module's models are not beside this module");
        List<String> values = new ArrayList<>();
        for (Path file : ModuleFiles.xmlFiles(models))
        {
            for (Element element : ModuleFiles.elements(ModuleFiles.xml(file), "constraint"))
            {
                if (constraint.equals(element.getAttribute("name")))
                {
                    ModuleFiles.elements(element, "value").forEach(v -> values.add(v.getTextContent().trim()));
                }
            }
        }
        assertThat(values).as("allowed values of %s", constraint).isNotEmpty();
        return values;
    }
}
