package org.practicechallenge.workflow;

import java.util.HashMap;
import java.util.Map;

/** Start and task variables of typical challenges, as Share's forms would submit them; shared by every engine test. */
public final class ChallengeVariablesFixture
{
    public static final String CASE_FOLDER = "workspace://SpacesStore/case-folder-1";

    private ChallengeVariablesFixture()
    {
    }

    public static Map<String, Object> professionalDifference()
    {
        return professionalDifference(CASE_FOLDER);
    }

    public static Map<String, Object> professionalDifference(String caseFolder)
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_challengeKind", "professionalDifference");
        v.put("pcwf_raisingAgency", "health");
        v.put("pcwf_respondingAgency", "socialCare");
        v.put("pcwf_issueCategory", "referralAndThreshold");
        v.put("pcwf_issueSummary", "Referral about bruising was closed without a strategy discussion.");
        v.put("pcwf_caseFolder", caseFolder);
        return v;
    }

    public static Map<String, Object> conferenceChallenge(int startStage, boolean lineManagerConsulted)
    {
        return conferenceChallenge(startStage, lineManagerConsulted, CASE_FOLDER);
    }

    public static Map<String, Object> conferenceChallenge(int startStage, boolean lineManagerConsulted, String caseFolder)
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_challengeKind", "conferenceChallenge");
        v.put("pcwf_startStage", startStage);
        v.put("pcwf_lineManagerConsulted", lineManagerConsulted);
        v.put("pcwf_raisingAgency", "safeguardingUnit");
        v.put("pcwf_respondingAgency", "socialCare");
        v.put("pcwf_issueCategory", "reportNotSubmittedInTime");
        v.put("pcwf_issueSummary", "The social work report was not submitted, so the review conference was deferred.");
        v.put("pcwf_conferenceDate", "2026-08-20");
        v.put("pcwf_caseFolder", caseFolder);
        return v;
    }

    public static Map<String, Object> discussion(String outcomeSummary)
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_discussionMethod", "telephone");
        v.put("pcwf_facts", "Spoke to the team manager on 25 August; the referral record shows no strategy discussion.");
        v.put("pcwf_opinion", "Threshold for a strategy discussion was met.");
        v.put("pcwf_outcomeSummary", outcomeSummary);
        return v;
    }

    public static Map<String, Object> decision(String outcome)
    {
        Map<String, Object> v = discussion("Decision: " + outcome);
        v.put("pcwf_stageOutcome", outcome);
        if ("withdrawn".equals(outcome))
        {
            v.put("pcwf_withdrawalReason", "New information resolved the concern.");
        }
        return v;
    }

    public static Map<String, Object> with(Map<String, Object> base, String key, Object value)
    {
        Map<String, Object> v = new HashMap<>(base);
        if (value == null)
        {
            v.remove(key);
        }
        else
        {
            v.put(key, value);
        }
        return v;
    }
}
