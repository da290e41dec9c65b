package org.practicechallenge.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.activiti.engine.delegate.DelegateTask;
import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Lateness;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.WaitingTask;

/**
 * First complete listener of every task that waits on a person: a task answered after its due date leaves a
 * "late" entry on the record, which stays when escalation clears the challenge's overdue flag. It runs before the
 * task's own recording, while the challenge still stands at the task's stage; if that recording is refused, the
 * engine's transaction takes this entry back with it.
 */
public class LatenessRecording extends RegisteredTaskListener
{
    private static final long serialVersionUID = 1L;

    @Override
    protected void handle(DelegateTask task)
    {
        ActingPerson acting = protocol().actingPerson();
        if (task.getDueDate() == null || !acting.isSignedIn())
        {
            return; // no clock; or nobody signed in, which the task's own recording refuses
        }
        ProcessVariables process = protocol().variables(task.getExecution());
        String key = task.getTaskDefinitionKey();
        WaitingTask waiting = WaitingTask.ofActivity(key);
        ZoneId zone = protocol().policy().settings().zone();
        Instant answered = protocol().now();
        if (waiting == WaitingTask.CIN_EVIDENCE_CHECK)
        {
            // As the check's own entry: on the case folder, at Stage 1, for the chairs' agency.
            late(waiting, Stage.STAGE_1, task, answered, zone).ifPresent(late -> protocol().caseRecord().appendToCase(
                    process.text(WorkflowVariables.CASE_FOLDER),
                    late.entry(acting.name(), process.text(WorkflowVariables.RAISING_AGENCY))));
            return;
        }
        Challenge challenge = ChallengeVariables.read(process);
        Stage stage = WaitingTask.stageOf(key).orElse(challenge.stage());
        late(waiting, stage, task, answered, zone).ifPresent(late -> protocol().caseRecord().append(challenge.ref(),
                late.entry(acting.name(), agency(waiting, challenge))));
    }

    private static Optional<Lateness> late(WaitingTask waiting, Stage stage, DelegateTask task, Instant answered, ZoneId zone)
    {
        return Lateness.of(waiting, stage, task.getDueDate().toInstant().atZone(zone).toLocalDate(), answered, zone);
    }

    /** The side whose task it was: the responding agency answers, the raising side decides and tells the family. */
    private static String agency(WaitingTask task, Challenge challenge)
    {
        return switch (task)
        {
            case RESPONSE -> challenge.respondingAgency();
            case DECISION, FAMILY_INFORMED, CIN_EVIDENCE_CHECK -> challenge.raisingAgency();
            case REFERRAL -> null;
        };
    }
}
