package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The challenge page is wired as Share wires its own pages (folder-details): page, template instance, template and
 * component where Surf looks for them in an extension JAR; the document library action opens it on a challenge
 * folder; every text it shows is in a bundle.
 */
class ChallengePageFilesTest
{
    static final Path SITE_DATA = ModuleFiles.WEB_EXTENSION.resolve("site-data");

    @Test
    void thePageUsesATemplateInstanceWhoseTemplateAndComponentExist()
    {
        Document page = ModuleFiles.xml(SITE_DATA.resolve("pages/practice-challenge.xml"));
        assertThat(text(page, "template-instance")).isEqualTo("practice-challenge");
        assertThat(text(page, "authentication")).as("only signed-in users; the repository decides the rest").isEqualTo("user");
        assertThat(ModuleFiles.properties(ModuleFiles.BUNDLE).getProperty(text(page, "title-id"))).isNotBlank();

        Document instance = ModuleFiles.xml(SITE_DATA.resolve("template-instances/practice-challenge.xml"));
        String templateType = text(instance, "template-type");
        Path template = ModuleFiles.WEB_EXTENSION.resolve("templates").resolve(templateType + ".ftl");
        assertThat(template).exists();
        Element component = ModuleFiles.elements(instance, "component").get(0);
        String region = ModuleFiles.children(component, "region-id").get(0).getTextContent().trim();
        assertThat(ModuleFiles.read(template)).contains("<@region id=\"" + region + "\" scope=\"template\"/>")
            .contains("<#include \"/org/alfresco/include/alfresco-template.ftl\" />");
        assertThat(ModuleFiles.elements(component, "nodeRef").get(0).getTextContent().trim()).isEqualTo("{nodeRef}");

        String url = ModuleFiles.children(component, "url").get(0).getTextContent().trim();
        Document descriptor = ModuleFiles.xml(SampleChallenge.COMPONENT.resolve("challenge.get.desc.xml"));
        assertThat(text(descriptor, "url")).isEqualTo(url);
    }

    @Test
    void theTemplatesResourcesAreInTheJar()
    {
        String ftl = ModuleFiles.read(SampleChallenge.COMPONENT.resolve("challenge.get.html.ftl"));
        for (String resource : List.of("challenge.css", "challenge.js"))
        {
            assertThat(ftl).contains("${url.context}/res/practice-challenge-share/components/challenge/" + resource);
            assertThat(Files.isRegularFile(SampleChallenge.CLIENT.resolve(resource))).as(resource).isTrue();
        }
    }

    @Test
    void theStylesheetIsLinkedForPrintAsWellSoItsPrintRulesApply()
    {
        // Surf puts a stylesheet linked without media under media="screen": the browser then never prints with it.
        String ftl = ModuleFiles.read(SampleChallenge.COMPONENT.resolve("challenge.get.html.ftl"));
        Matcher link = Pattern.compile("<@link [^>]*challenge\\.css\"[^>]*>").matcher(ftl);
        assertThat(link.find()).isTrue();
        assertThat(link.group()).contains("media=\"screen,print\"");
    }

    @Test
    void aChallengeFolderHasAViewActionThatOpensThePageForThatNode()
    {
        ShareConfig config = new ShareConfig(ModuleFiles.SHARE_CONFIG);
        Element doclib = config.section("DocLibActions").get(0);
        Element action = ModuleFiles.elements(doclib, "action").stream()
            .filter(a -> a.getAttribute("id").equals("practicechallenge-view-challenge") && a.hasAttribute("type"))
            .findFirst().orElseThrow();
        assertThat(action.getAttribute("type")).isEqualTo("pagelink");
        assertThat(ModuleFiles.children(action, "param").get(0).getTextContent().trim()).isEqualTo("practice-challenge?nodeRef={node.nodeRef}");
        assertThat(ModuleFiles.properties(ModuleFiles.BUNDLE).getProperty(action.getAttribute("label"))).isEqualTo("View practice challenge");

        String evaluator = ModuleFiles.children(action, "evaluator").get(0).getTextContent().trim();
        Element bean = ModuleFiles.elements(ModuleFiles.xml(ModuleFiles.SPRING_CONTEXT), "bean").stream()
            .filter(b -> b.getAttribute("id").equals(evaluator)).findFirst().orElseThrow();
        assertThat(bean.getAttribute("parent")).endsWith(".nodeType");
        assertThat(ModuleFiles.elements(bean, "value")).extracting(v -> v.getTextContent().trim()).containsExactly("pc:practiceChallenge");

        Set<String> groups = new LinkedHashSet<>();
        for (Element group : ModuleFiles.elements(doclib, "actionGroup"))
        {
            if (ModuleFiles.children(group, "action").stream().anyMatch(a -> a.getAttribute("id").equals("practicechallenge-view-challenge")))
            {
                groups.add(group.getAttribute("id"));
            }
        }
        assertThat(groups).containsExactly("folder-browse", "folder-details");
    }

    @Test
    void everyKeyThePageUsesIsInItsBundleOrTheModulesAndEveryCodeHasALabel()
    {
        Set<String> keys = new LinkedHashSet<>();
        for (Path file : List.of(SampleChallenge.COMPONENT.resolve("challenge.get.html.ftl"), SampleChallenge.COMPONENT.resolve("challenge.get.js")))
        {
            Matcher call = MessageBundleTest.MSG_CALL.matcher(ModuleFiles.read(file));
            while (call.find())
            {
                keys.add(call.group(1));
            }
        }
        // Codes of the case record, the model's lists pc:entryKindList, pc:discussionMethodList, the stage and CiN outcomes.
        for (String kind : List.of("raised", "response", "decision", "referral", "familyInformed", "cinEvidenceCheck", "lateness"))
        {
            keys.add("practicechallenge.entryKind." + kind);
        }
        for (String method : List.of("meeting", "telephone", "correspondence"))
        {
            keys.add("practicechallenge.discussionMethod." + method);
        }
        for (String outcome : List.of("resolved", "escalate", "withdrawn"))
        {
            keys.add("practicechallenge.outcome." + outcome);
        }
        keys.add("practicechallenge.cinOutcome.evidenced");
        keys.add("practicechallenge.cinOutcome.notEvidenced");
        // Looked up through the controller's label(key, fallback).
        keys.addAll(List.of("challenge.yes", "challenge.no"));
        assertThat(keys).hasSizeGreaterThan(40);
        Properties both = new Properties();
        both.putAll(ModuleFiles.properties(ModuleFiles.BUNDLE));
        both.putAll(SampleChallenge.BUNDLE);
        assertThat(keys.stream().filter(k -> both.getProperty(k) == null)).isEmpty();
        assertThat(ModuleFiles.read(SampleChallenge.COMPONENT.resolve("challenge.get.properties")).chars().allMatch(c -> c < 128)).isTrue();
    }

    private static String text(Document document, String tag)
    {
        return ModuleFiles.elements(document, tag).get(0).getTextContent().trim();
    }
}
