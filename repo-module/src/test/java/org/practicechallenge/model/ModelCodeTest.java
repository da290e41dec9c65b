package org.practicechallenge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One concept, one code, everywhere (DEVELOPERS.md, "Names"): each LIST constraint allows exactly the codes of
 * its protocol enum, in the enum's order, so Share lists them as the protocol reads. The enums are looked up by
 * name so that this test states the contract without compiling against the protocol's internals.
 */
class ModelCodeTest {

    private static final String PROTOCOL = "org.practicechallenge.protocol.";

    @Test
    void everyListConstraintAllowsExactlyItsProtocolCodesInOrder() {
        Map<String, String> enumByConstraint = new LinkedHashMap<>();
        enumByConstraint.put("pc:stageList", "Stage");
        enumByConstraint.put("pc:statusList", "ChallengeStatus");
        enumByConstraint.put("pc:kindList", "ChallengeKind");
        enumByConstraint.put("pc:stageOutcomeList", "StageOutcome");
        enumByConstraint.put("pc:issueCategoryList", "IssueCategory");
        enumByConstraint.put("pc:caseCategoryList", "CaseCategory");
        enumByConstraint.put("pc:discussionMethodList", "DiscussionMethod");
        enumByConstraint.put("pc:entryKindList", "EntryKind");
        enumByConstraint.put("pc:cinOutcomeList", "CinOutcome");
        enumByConstraint.put("pcwf:stageOutcomeList", "StageOutcome");
        enumByConstraint.put("pcwf:referralOutcomeList", "ReferralOutcome");
        enumByConstraint.put("pcwf:cinOutcomeList", "CinOutcome");
        DictionaryModel content = ShippedResources.contentModel();
        DictionaryModel workflow = ShippedResources.workflowModel();

        enumByConstraint.forEach((constraint, enumName) -> {
            DictionaryModel model = constraint.startsWith("pcwf:") ? workflow : content;
            List<String> allowed = model.constraintNamed(constraint)
                    .orElseThrow(() -> new AssertionError(constraint + " is missing from " + model.source()))
                    .allowedValues();

            assertThat(allowed).as("%s against %s%s", constraint, PROTOCOL, enumName).containsExactlyElementsOf(codesOf(enumName));
        });
    }

    @Test
    void startStagesAreTheFirstThreeStages() {
        List<String> allowed = ShippedResources.workflowModel().constraintNamed("pcwf:startStageList").orElseThrow().allowedValues();

        // A Conference Chair may go straight to Stage 2 or 3; Stage 4 and the Practice Review Group are never a start.
        assertThat(allowed).containsExactly("1", "2", "3");
    }

    private static List<String> codesOf(String enumName) {
        try {
            Class<?> type = Class.forName(PROTOCOL + enumName);
            Method code = type.getMethod("code");
            List<String> codes = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                codes.add((String) code.invoke(constant));
            }
            return codes;
        } catch (ReflectiveOperationException | ClassCastException | NullPointerException e) {
            return fail("protocol enum " + PROTOCOL + enumName + " with a String code() is needed to check the model's codes", e);
        }
    }
}
