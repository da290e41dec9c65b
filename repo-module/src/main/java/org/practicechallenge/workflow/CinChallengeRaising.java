package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.practicechallenge.protocol.ChallengeStart;
import org.practicechallenge.protocol.Discussion;

/**
 * When the CiN meeting and plan are not evidenced, the chair's conference challenge starts at Stage 1. It is a
 * process of its own, started in the same transaction: if it cannot start, the check is not completed either.
 */
public class CinChallengeRaising extends ProtocolDelegate
{
    @Override
    protected void run(DelegateExecution execution)
    {
        ProtocolBinding protocol = protocol();
        ProcessVariables v = protocol.variables(execution);
        ChallengeStart start = protocol.policy().cinStepDownCheck().challengeWhenNotEvidenced(v.date(CONFERENCE_DATE),
                v.text(CASE_FOLDER), v.text(CHAIR), v.text(RAISING_AGENCY), v.text(RESPONDING_AGENCY),
                Discussion.ofCheck(v.text(ISSUE_SUMMARY), null, null));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CHALLENGE_KIND, start.kind());
        variables.put(START_STAGE, start.startStage());
        variables.put(RAISING_AGENCY, start.raisingAgency());
        variables.put(RESPONDING_AGENCY, start.respondingAgency());
        variables.put(ISSUE_CATEGORY, start.issueCategory());
        variables.put(ISSUE_SUMMARY, start.issueSummary());
        variables.put(CONFERENCE_DATE, execution.getVariable(CONFERENCE_DATE));
        variables.put(CASE_FOLDER, start.caseFolder());
        variables.put(RAISED_BY, start.raisedBy());
        execution.getEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESS_PRACTICE_CHALLENGE, variables);
    }
}
