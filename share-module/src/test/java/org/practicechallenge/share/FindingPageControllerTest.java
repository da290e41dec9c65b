package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The "Practice challenges" page's files and server-side controller (in Rhino against a fake repository), and the
 * "My practice challenges" user dashlet's.
 */
class FindingPageControllerTest
{
    @Test
    void myPracticeChallengesAsksTheRepositoryForMineAndLabelsEveryCode()
    {
        DashletHarness.FakeRemote remote = FindingPage.repository(200,
            FindingPage.mine("", FindingPage.ABOUT_SALLY, FindingPage.RAISED_BY_SALLY));
        Map<String, Object> model = FindingPage.model(remote, Map.of());

        assertThat(remote.calls).containsExactly("/practicechallenge/challenges?mine=true");
        assertThat(model).containsEntry("heading", "My practice challenges").containsEntry("mode", "mine");
        List<Map<String, Object>> items = list(model.get("items"));
        assertThat(items.get(0)).containsEntry("reference", "PC-2026-0009")
            .containsEntry("url", "/share/page/practice-challenge?nodeRef=workspace%3A%2F%2FSpacesStore%2Fchallenge-0009")
            .containsEntry("child", "Alex Smith (C123)")
            .containsEntry("stageLabel", "Stage 2")
            .containsEntry("statusLabel", "Open")
            .containsEntry("raisingAgencyLabel", "Education")
            .containsEntry("respondingAgencyLabel", "Children's Social Care")
            .containsEntry("raisedLabel", "2 Oct 2026")
            .containsEntry("dueLabel", "20 Oct 2026")
            .containsEntry("overdue", true)
            .containsEntry("partLabel", "About your practice");
        assertThat(items.get(1)).containsEntry("child", "Not open to you").containsEntry("statusLabel", "Resolved")
            .containsEntry("dueLabel", "").containsEntry("partLabel", "You raised this");
    }

    @Test
    void aCaseFoldersPageAsksForThatFolderAndNamesTheChildInItsHeading()
    {
        DashletHarness.FakeRemote remote = FindingPage.repository(200, FindingPage.caseFolder(FindingPage.ABOUT_SALLY));
        Map<String, Object> model = FindingPage.model(remote, Map.of("caseFolder", FindingPage.CASE_FOLDER));

        assertThat(remote.calls).containsExactly("/practicechallenge/challenges?caseFolder=workspace%3A%2F%2FSpacesStore%2Fcase-C123");
        assertThat(model).containsEntry("heading", "Practice challenges about Alex Smith (C123)");
        assertThat(list(model.get("items"))).hasSize(1);
    }

    @Test
    void theSearchBoxAsksForTheChildIdentifierAsTyped()
    {
        DashletHarness.FakeRemote remote = FindingPage.repository(200, FindingPage.child("C 12&3"));
        Map<String, Object> model = FindingPage.model(remote, Map.of("childIdentifier", " C 12&3 "));

        assertThat(remote.calls).containsExactly("/practicechallenge/challenges?childIdentifier=C%2012%263");
        assertThat(model).containsEntry("heading", "Practice challenges about child C 12&3")
            .containsEntry("searchValue", "C 12&3")
            .containsEntry("empty", "No practice challenges that you can open were found for child C 12&3. "
                + "Check the identifier, exactly as it is on the child's case folder.");
    }

    @Test
    void somethingThatIsNotACaseFolderIsNotSentToTheRepository()
    {
        DashletHarness.FakeRemote remote = FindingPage.repository(200, FindingPage.caseFolder());
        Map<String, Object> model = FindingPage.model(remote, Map.of("caseFolder", "../../api/people"));

        assertThat(remote.calls).isEmpty();
        assertThat(model.get("error")).isEqualTo(FindingPage.text("error.badRequest"));
    }

    @Test
    void aRepositoryFailureSaysSoInPlainEnglish()
    {
        Map<String, Object> model = FindingPage.model(FindingPage.repository(500, "{}"), Map.of());

        assertThat(model.get("error")).isEqualTo(FindingPage.text("error.other"));
    }

    @Test
    void theDashletListsOpenChallengesAndAChairsCheckAndLinksToThePage()
    {
        DashletHarness.FakeRemote remote = FindingPage.repository(200,
            FindingPage.mine(FindingPage.CARAS_CHECK, FindingPage.ABOUT_SALLY, FindingPage.RAISED_BY_SALLY));
        Map<String, Object> model = FindingPage.dashletModel(remote);

        assertThat(remote.calls).containsExactly("/practicechallenge/challenges?mine=true");
        assertThat(list(model.get("items"))).singleElement().satisfies(item -> assertThat(item)
            .containsEntry("reference", "PC-2026-0009").containsEntry("dueLabel", "Due 20 Oct 2026"));
        assertThat(model).containsEntry("checksLabel", "One six-week Child in Need check you will do, due on 12 Nov 2026")
            .containsEntry("allUrl", "/share/page/practice-challenges");
    }

    @Test
    void thePageUsesTheChallengePagesFrameWithTheFindingComponent()
    {
        Path siteData = ModuleFiles.WEB_EXTENSION.resolve("site-data");
        Document page = ModuleFiles.xml(siteData.resolve("pages/practice-challenges.xml"));
        assertThat(text(page, "template-instance")).isEqualTo("practice-challenges");
        assertThat(text(page, "authentication")).isEqualTo("user");
        assertThat(ModuleFiles.properties(ModuleFiles.BUNDLE).getProperty(text(page, "title-id"))).isEqualTo("Practice challenges");

        Document instance = ModuleFiles.xml(siteData.resolve("template-instances/practice-challenges.xml"));
        Path template = ModuleFiles.WEB_EXTENSION.resolve("templates").resolve(text(instance, "template-type") + ".ftl");
        Element component = ModuleFiles.elements(instance, "component").get(0);
        String region = ModuleFiles.children(component, "region-id").get(0).getTextContent().trim();
        assertThat(ModuleFiles.read(template)).contains("<@region id=\"" + region + "\" scope=\"template\"/>");
        String url = ModuleFiles.children(component, "url").get(0).getTextContent().trim();
        assertThat(text(ModuleFiles.xml(FindingPage.COMPONENT.resolve("challenges.get.desc.xml")), "url")).isEqualTo(url);
    }

    @Test
    void theDashletIsAUserDashlet()
    {
        Document descriptor = ModuleFiles.xml(ModuleFiles.DASHLET.resolve("my-challenges.get.desc.xml"));
        assertThat(ModuleFiles.elements(descriptor, "family")).extracting(f -> f.getTextContent().trim()).containsExactly("user-dashlet");
        assertThat(text(descriptor, "shortname")).isEqualTo("My practice challenges");
    }

    @Test
    void everyKeyThePageAndTheDashletUseIsInTheirBundleOrTheModules()
    {
        Properties global = ModuleFiles.properties(ModuleFiles.BUNDLE);
        for (Object[] component : new Object[][] {
            {FindingPage.BUNDLE, List.of(FindingPage.COMPONENT.resolve("challenges.get.html.ftl"), FindingPage.COMPONENT.resolve("challenges.get.js"))},
            {FindingPage.DASHLET_BUNDLE, List.of(ModuleFiles.DASHLET.resolve("my-challenges.get.html.ftl"), FindingPage.DASHLET_SCRIPT)}})
        {
            Properties own = (Properties) component[0];
            Set<String> keys = new LinkedHashSet<>();
            for (Object file : (List<?>) component[1])
            {
                Matcher call = MessageBundleTest.MSG_CALL.matcher(ModuleFiles.read((Path) file));
                while (call.find())
                {
                    keys.add(call.group(1));
                }
                // label("key") in the controllers.
                Matcher labelCall = java.util.regex.Pattern.compile("\\blabel\\(\\s*\"([^\"]+)\"\\s*[,)]").matcher(ModuleFiles.read((Path) file));
                while (labelCall.find())
                {
                    keys.add(labelCall.group(1));
                }
            }
            keys.addAll(List.of("part.raised", "part.challenged"));
            assertThat(keys).hasSizeGreaterThan(5);
            assertThat(keys.stream().filter(k -> own.getProperty(k) == null && global.getProperty(k) == null)).isEmpty();
        }
        for (Path bundle : List.of(FindingPage.COMPONENT.resolve("challenges.get.properties"), ModuleFiles.DASHLET.resolve("my-challenges.get.properties")))
        {
            assertThat(ModuleFiles.read(bundle).chars().allMatch(c -> c < 128)).as("%s is plain ASCII", bundle).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value)
    {
        return (List<Map<String, Object>>) value;
    }

    private static String text(Document document, String tag)
    {
        return ModuleFiles.elements(document, tag).get(0).getTextContent().trim();
    }
}
