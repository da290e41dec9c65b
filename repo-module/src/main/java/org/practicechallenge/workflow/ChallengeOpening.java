package org.practicechallenge.workflow;

import static org.practicechallenge.workflow.WorkflowVariables.*;

import java.time.Instant;

import org.activiti.engine.delegate.DelegateExecution;
import org.alfresco.repo.jscript.ScriptNode;
import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStart;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.PlainText;

/**
 * First step of {@code pcPracticeChallenge}: applies the protocol's rules for raising a challenge and records it on
 * the child's case record. A broken rule rejects the start and no process remains. The raiser is whoever is signed
 * in ({@link ProtocolBinding#actingPerson()}); {@code pcwf_raisedBy}, which the start event fills from the engine's
 * user and a start may also carry, only has to agree.
 */
public class ChallengeOpening extends ProtocolDelegate
{
    /** Alfresco's own variable for the package of documents a workflow carries. */
    static final String WORKFLOW_PACKAGE = "bpm_package";
    /** Alfresco's own variable from which its task listener takes each new task's priority. */
    static final String WORKFLOW_PRIORITY = "bpm_workflowPriority";

    @Override
    protected void run(DelegateExecution execution)
    {
        ProtocolBinding protocol = protocol();
        ProcessVariables v = protocol.variables(execution);
        Instant now = protocol.now();
        ActingPerson person = protocol.actingPerson();
        String raiser = protocol.participants().raiser(person, v.raw(RAISED_BY));
        String facts = PlainText.optional("issueFacts", v.raw(ISSUE_FACTS), PlainText.ACCOUNT);
        String opinion = PlainText.optional("issueOpinion", v.raw(ISSUE_OPINION), PlainText.ACCOUNT);
        v.set(ISSUE_FACTS, facts);
        v.set(ISSUE_OPINION, opinion);
        if (facts != null && (v.raw(ISSUE_SUMMARY) == null || v.raw(ISSUE_SUMMARY).toString().isBlank()))
        {
            // The challenge's summary (lists, notices, reports) is the start of what happened.
            v.set(ISSUE_SUMMARY, summaryOf(facts));
        }
        Challenge challenge = protocol.policy().open(startOf(v, raiser), now);
        protocol.participants().checkChallengedPractitioner(challenge, protocol.person(challenge.challengedPractitioner()));
        String author = protocol.participants().raisingAuthor(person, raiser, challenge.raisingAgency());
        CaseRecordEntry raised = new CaseRecordEntry(EntryKind.RAISED, challenge.stage(), null,
                facts == null ? challenge.issueSummary() : facts, opinion, null, null, null, author,
                challenge.raisingAgency(), now, null);
        String ref = protocol.caseRecord().open(challenge, raised);
        protocol.caseRecord().attachToWorkflow(ref, execution.getProcessInstanceId(), workflowPackage(execution));
        challenge = challenge.toBuilder().ref(ref).build();
        ChallengeVariables.write(challenge, v);
        if (challenge.immediateWelfareConcern())
        {
            execution.setVariable(WORKFLOW_PRIORITY, StageTaskOpening.HIGH_PRIORITY);
        }
    }

    /** Alfresco's workflow package, an {@code ActivitiScriptNode}; absent when started outside Alfresco. */
    private static String workflowPackage(DelegateExecution execution)
    {
        return execution.getVariable(WORKFLOW_PACKAGE) instanceof ScriptNode node ? node.getNodeRef().toString() : null;
    }

    /** Facts short enough for a summary are the summary; longer ones are cut at a word and marked as cut. */
    static String summaryOf(String facts)
    {
        if (facts.length() <= PlainText.SUMMARY)
        {
            return facts;
        }
        String cut = facts.substring(0, PlainText.SUMMARY - 1);
        int space = cut.lastIndexOf(' ');
        return (space > PlainText.SUMMARY / 2 ? cut.substring(0, space) : cut) + "\u2026";
    }

    static ChallengeStart startOf(ProcessVariables v, String raiser)
    {
        return new ChallengeStart(
                v.raw(CHALLENGE_KIND),
                v.raw(START_STAGE),
                v.flag(LINE_MANAGER_CONSULTED),
                v.raw(LINE_MANAGER_NAME),
                v.date(LINE_MANAGER_CONSULTED_DATE),
                v.raw(RAISING_AGENCY),
                v.raw(RESPONDING_AGENCY),
                v.raw(CHALLENGED_PRACTITIONER),
                v.raw(ISSUE_CATEGORY),
                v.raw(ISSUE_CATEGORY_DESCRIPTION),
                v.raw(ISSUE_SUMMARY),
                v.flag(IMMEDIATE_WELFARE_CONCERN),
                v.date(CONFERENCE_DATE),
                v.date(NEXT_CONFERENCE_DATE),
                v.raw(CASE_FOLDER),
                raiser);
    }
}
