package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The document library action on a child's case folder that opens the "Practice challenges" page for that child. */
class ChildsChallengesActionTest
{
    @Test
    void aCaseFolderHasAnActionThatOpensThePageForThatChild()
    {
        ShareConfig config = new ShareConfig(ModuleFiles.SHARE_CONFIG);
        Element doclib = config.section("DocLibActions").get(0);
        Element action = ModuleFiles.elements(doclib, "action").stream()
            .filter(a -> a.getAttribute("id").equals("practicechallenge-challenges-about-child") && a.hasAttribute("type"))
            .findFirst().orElseThrow();
        assertThat(action.getAttribute("type")).isEqualTo("pagelink");
        assertThat(ModuleFiles.children(action, "param").get(0).getTextContent().trim())
            .isEqualTo("practice-challenges?caseFolder={node.nodeRef}");
        assertThat(ModuleFiles.properties(ModuleFiles.BUNDLE).getProperty(action.getAttribute("label")))
            .isEqualTo("Practice challenges about this child");
        assertThat(ModuleFiles.children(action, "evaluator")).extracting(e -> e.getTextContent().trim())
            .containsExactly("evaluator.practicechallenge.isCaseFolder");
        Set<String> groups = new LinkedHashSet<>();
        for (Element group : ModuleFiles.elements(doclib, "actionGroup"))
        {
            if (ModuleFiles.children(group, "action").stream()
                .anyMatch(a -> a.getAttribute("id").equals("practicechallenge-challenges-about-child")))
            {
                groups.add(group.getAttribute("id"));
            }
        }
        assertThat(groups).containsExactly("folder-browse", "folder-details");
    }
}
