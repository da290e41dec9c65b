package org.practicechallenge.protocol;

import java.time.LocalDate;

/**
 * What someone gives when raising a challenge, before any rule is applied. Codes stay as given so that the policy
 * can name the field when one is wrong.
 */
public record ChallengeStart(
        Object kind,
        Object startStage,
        Boolean lineManagerConsulted,
        Object lineManagerName,
        LocalDate lineManagerConsultedDate,
        Object raisingAgency,
        Object respondingAgency,
        Object challengedPractitioner,
        Object issueCategory,
        Object issueCategoryDescription,
        Object issueSummary,
        Boolean immediateWelfareConcern,
        LocalDate conferenceDate,
        LocalDate nextConferenceDate,
        Object caseFolder,
        Object raisedBy)
{
}
