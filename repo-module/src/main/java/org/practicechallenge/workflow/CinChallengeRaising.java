package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.practicechallenge.protocol.ChallengeStart;
import org.practicechallenge.protocol.Discussion;

/**
 * When the CiN meeting and plan are not evidenced, the chair's conference challenge starts at Stage 1. It is started
 * as the chair would start it (initiator, package, start task ended) through {@link WorkflowStart}, in the same
 * transaction: if it cannot start, the check is not completed either.
 */
public class CinChallengeRaising extends ProtocolDelegate
{
    private WorkflowStart workflowStart;

    public void setWorkflowStart(WorkflowStart workflowStart)
    {
        this.workflowStart = workflowStart;
    }

    @Override
    protected void run(DelegateExecution execution)
    {
        ProtocolBinding protocol = protocol();
        ProcessVariables v = protocol.variables(execution);
        ChallengeStart start = protocol.policy().cinStepDownCheck().challengeWhenNotEvidenced(v.date(CONFERENCE_DATE),
                v.text(CASE_FOLDER), v.text(CHAIR), v.text(RAISING_AGENCY), v.text(RESPONDING_AGENCY),
                Discussion.ofCheck(v.text(ISSUE_SUMMARY), null, null));
        Map<String, Serializable> variables = new HashMap<>();
        put(variables, CHALLENGE_KIND, start.kind());
        put(variables, START_STAGE, start.startStage());
        put(variables, RAISING_AGENCY, start.raisingAgency());
        put(variables, RESPONDING_AGENCY, start.respondingAgency());
        put(variables, ISSUE_CATEGORY, start.issueCategory());
        put(variables, ISSUE_SUMMARY, start.issueSummary());
        put(variables, CONFERENCE_DATE, day(start.conferenceDate(), protocol.policy().settings().zone()));
        put(variables, CASE_FOLDER, start.caseFolder());
        put(variables, RAISED_BY, start.raisedBy());
        workflowStart.startAs(String.valueOf(start.raisedBy()), PROCESS_PRACTICE_CHALLENGE, variables);
    }

    /** pcwf:conferenceDate is a d:date: Alfresco's start parameters carry dates as {@link Date}. */
    private static Date day(LocalDate date, ZoneId zone)
    {
        return date == null ? null : Date.from(date.atStartOfDay(zone).toInstant());
    }

    private static void put(Map<String, Serializable> variables, String name, Object value)
    {
        if (value != null)
        {
            variables.put(name, value instanceof Serializable serializable ? serializable : value.toString());
        }
    }
}
