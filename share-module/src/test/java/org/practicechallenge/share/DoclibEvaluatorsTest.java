package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Document library evaluators: defined by us on Share's own parents, and used where the protocol needs them. */
class DoclibEvaluatorsTest
{
    static ShareConfig config;
    static Document spring;
    static Map<String, Element> ourBeans = new LinkedHashMap<>();

    @BeforeAll
    static void read()
    {
        config = new ShareConfig(ModuleFiles.SHARE_CONFIG);
        spring = ModuleFiles.xml(ModuleFiles.SPRING_CONTEXT);
        for (Element bean : ModuleFiles.elements(spring, "bean"))
        {
            if (bean.hasAttribute("id"))
            {
                ourBeans.put(bean.getAttribute("id"), bean);
            }
        }
    }

    @Test
    void everyEvaluatorInTheShareConfigIsOursOrShares()
    {
        Set<String> shares = shareEvaluators();
        Set<String> used = new LinkedHashSet<>();
        for (Element evaluator : ModuleFiles.elements(config.document, "evaluator"))
        {
            used.add(evaluator.getTextContent().trim());
        }
        // Metadata template lines and banners name theirs in an attribute.
        for (String tag : List.of("line", "banner"))
        {
            for (Element element : ModuleFiles.elements(config.document, tag))
            {
                if (element.hasAttribute("evaluator"))
                {
                    used.add(element.getAttribute("evaluator"));
                }
            }
        }
        assertThat(used).isNotEmpty();
        List<String> unknown = new ArrayList<>();
        for (String id : used)
        {
            if (!ourBeans.containsKey(id) && !shares.contains(id))
            {
                unknown.add(id);
            }
        }
        assertThat(unknown).as("evaluators neither in our Spring context nor in Share").isEmpty();
    }

    @Test
    void everyEvaluatorWeDefineBuildsOnShareOrOnOurOwn()
    {
        Set<String> shares = shareEvaluators();
        List<String> unknown = new ArrayList<>();
        for (Element bean : ModuleFiles.elements(spring, "bean"))
        {
            String parent = bean.getAttribute("parent");
            if (!parent.isEmpty() && !ourBeans.containsKey(parent) && !shares.contains(parent))
            {
                unknown.add(bean.getAttribute("id") + " parent " + parent);
            }
        }
        for (Element ref : ModuleFiles.elements(spring, "ref"))
        {
            String id = ref.getAttribute("bean");
            if (!ourBeans.containsKey(id) && !shares.contains(id))
            {
                unknown.add("ref " + id);
            }
        }
        for (String id : ourBeans.keySet())
        {
            if (id.startsWith("evaluator."))
            {
                assertThat(id).as("our evaluators carry the module's name, never Share's").startsWith("evaluator.practicechallenge.");
                assertThat(shares).as("does not replace Share's bean").doesNotContain(id);
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void evaluatorsReadOnlyPropertiesAndAspectsOfTheContentModel()
    {
        List<String> names = new ArrayList<>();
        for (Element property : ModuleFiles.elements(spring, "property"))
        {
            String value = property.getAttribute("value");
            switch (property.getAttribute("name"))
            {
                case "accessor":
                    assertThat(value).startsWith("node.properties.");
                    names.add(value.substring("node.properties.".length()));
                    break;
                case "property":
                    names.add(value);
                    break;
                default:
                    break;
            }
        }
        for (Element value : ModuleFiles.elements(spring, "value"))
        {
            names.add(value.getTextContent().trim());
        }
        for (String name : names)
        {
            if (name.startsWith("pc:"))
            {
                assertThat(NamingContract.PC_PROPERTIES.contains(name) || NamingContract.CLASSES.contains(name))
                    .as("%s is in the pc model", name).isTrue();
            }
        }
        assertThat(names).contains("pc:childCase", "pc:openChallengeCount", "pc:highestOpenStage", "pc:anyOverdue");
    }

    @Test
    void raiseAndCinCheckActionsAreShownOnlyOnAChildsCaseFolder()
    {
        assertThat(aspectsOf("evaluator.practicechallenge.isCaseFolder")).containsExactly("pc:childCase");
        for (Element action : ModuleFiles.elements(config.section("DocLibActions").get(0), "action"))
        {
            // The one action that is not a raise or a check: it opens an existing challenge (ChallengePageFilesTest).
            if (action.getAttribute("id").startsWith("practicechallenge-") && action.hasAttribute("type")
                && !action.getAttribute("id").equals("practicechallenge-view-challenge"))
            {
                assertThat(ModuleFiles.children(action, "evaluator")).as(action.getAttribute("id"))
                    .extracting(e -> e.getTextContent().trim()).contains("evaluator.practicechallenge.isCaseFolder");
            }
        }
    }

    @Test
    void anOpenChallengeIsShownOnTheCaseFolderWithItsHighestStageAndWhetherItIsOverdue()
    {
        Set<String> indicatorEvaluators = new LinkedHashSet<>();
        for (Element indicator : ModuleFiles.elements(config.section("DocumentLibrary").get(0), "indicator"))
        {
            ModuleFiles.children(indicator, "evaluator").forEach(e -> indicatorEvaluators.add(e.getTextContent().trim()));
        }
        for (String stage : NamingContract.STAGES)
        {
            String id = "evaluator.practicechallenge.openAt" + Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
            assertThat(indicatorEvaluators).contains(id);
            assertThat(refsOf(id)).contains("evaluator.practicechallenge.hasOpenChallenge");
            String stageTest = refsOf(id).get(1);
            assertThat(comparedValue(stageTest)).isEqualTo(stage);
        }
        assertThat(indicatorEvaluators).contains("evaluator.practicechallenge.openAndOverdue");
        assertThat(refsOf("evaluator.practicechallenge.hasOpenChallenge"))
            .contains("evaluator.practicechallenge.openChallengeCountNotZero");
        Element notZero = ourBeans.get("evaluator.practicechallenge.openChallengeCountNotZero");
        assertThat(comparedValue("evaluator.practicechallenge.openChallengeCountNotZero")).isEqualTo("0");
        assertThat(propertyValue(notZero, "negateOutput")).isEqualTo("true");
    }

    private static Set<String> shareEvaluators()
    {
        return ModuleFiles.lines(ModuleFiles.alfrescoReference().resolve("share/doclib-evaluators.txt"));
    }

    private static List<String> aspectsOf(String beanId)
    {
        List<String> aspects = new ArrayList<>();
        for (Element property : ModuleFiles.children(ourBeans.get(beanId), "property"))
        {
            if (property.getAttribute("name").equals("aspects"))
            {
                ModuleFiles.elements(property, "value").forEach(v -> aspects.add(v.getTextContent().trim()));
            }
        }
        return aspects;
    }

    private static List<String> refsOf(String beanId)
    {
        List<String> refs = new ArrayList<>();
        ModuleFiles.elements(ourBeans.get(beanId), "ref").forEach(r -> refs.add(r.getAttribute("bean")));
        return refs;
    }

    private static String comparedValue(String beanId)
    {
        for (Element comparator : ModuleFiles.elements(ourBeans.get(beanId), "bean"))
        {
            return propertyValue(comparator, "value");
        }
        return null;
    }

    private static String propertyValue(Element bean, String name)
    {
        for (Element property : ModuleFiles.children(bean, "property"))
        {
            if (property.getAttribute("name").equals(name))
            {
                return property.getAttribute("value");
            }
        }
        return null;
    }
}
