package org.practicechallenge.benchmarks;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.workflow.PracticeChallengeEngine;

/**
 * Carries one challenge from raising to its end: resolved at Stage 1, or the full ladder Stage 1 to 4 then the
 * Practice Review Group. {@code product} starts and completes through the harness as Alfresco would; {@code bare}
 * runs {@link BareTopology} with what Alfresco gives every workflow's start (initiator, package, cancelled flag, start
 * task ended) and a signed-in user, so the difference left is what our delegates and listeners add.
 */
final class ChallengeLadder
{
    private final PracticeChallengeEngine engine;
    private final boolean product;
    private final boolean fullLadder;

    /** {@code variant} is {@code product} or {@code bare}; {@code path} is {@code resolvedAtStage1} or {@code fullLadder}. */
    ChallengeLadder(PracticeChallengeEngine engine, String variant, String path)
    {
        this.engine = engine;
        this.product = variant.equals("product");
        this.fullLadder = path.equals("fullLadder");
    }

    /** Raises challenge {@code n} and completes every task of its path; true when its process has ended. */
    boolean climb(int n)
    {
        ProcessInstance process = product ? engine.startChallenge("raiser", start(n)) : startBare(n);
        int lastStage = fullLadder ? 4 : 1;
        for (int stage = 1; stage <= lastStage; stage++)
        {
            complete(process, "stage" + stage + "Response", "responder", discussion());
            Map<String, Object> decision = discussion();
            decision.put("pcwf_stageOutcome", fullLadder ? "escalate" : "resolved");
            complete(process, "stage" + stage + "Decision", "raiser", decision);
        }
        if (fullLadder)
        {
            Map<String, Object> referral = discussion();
            referral.put("pcwf_referralOutcome", "resolved");
            complete(process, "practiceReviewGroupReferral", "group", referral);
        }
        return engine.hasEnded(process);
    }

    /**
     * The product receives form values as ACS sends them, task-local, and copies what its gateways need; the bare
     * topology has no listener to copy, so its values go straight to the process. Both claim, then complete, signed in.
     */
    private void complete(ProcessInstance process, String taskKey, String user, Map<String, Object> values)
    {
        Task task = engine.task(process, taskKey);
        if (product)
        {
            engine.complete(task, user, values);
            return;
        }
        engine.signIn(user);
        try
        {
            engine.tasks().claim(task.getId(), user);
            engine.tasks().complete(task.getId(), values);
        }
        finally
        {
            engine.signOut();
        }
    }

    /** As the harness's stand-in for Alfresco's start, on the bare process: the same four variables, the same two commands. */
    private ProcessInstance startBare(int n)
    {
        Authentication.setAuthenticatedUserId("raiser");
        try
        {
            Map<String, Object> v = bareStart(n);
            v.put("cancelled", Boolean.FALSE);
            v.put("initiator", new NodeRef("workspace", "SpacesStore", "person-raiser"));
            v.put("bpm_package", new NodeRef("workspace", "SpacesStore", "package-" + UUID.randomUUID()));
            ProcessInstance process = engine.runtime().startProcessInstanceByKey(BareTopology.PROCESS_KEY, v);
            engine.runtime().setVariable(process.getId(), "_startTaskCompleted", new Date(engine.now().toEpochMilli()));
            return process;
        }
        finally
        {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    private static Map<String, Object> start(int n)
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_challengeKind", "professionalDifference");
        v.put("pcwf_raisingAgency", "health");
        v.put("pcwf_respondingAgency", "socialCare");
        v.put("pcwf_issueCategory", "assessment");
        v.put("pcwf_issueSummary", "Benchmark challenge " + n);
        v.put("pcwf_caseFolder", "workspace://SpacesStore/case-" + n);
        return v;
    }

    /** What the product's delegates would have put in the process for the gateways and timers. */
    private Map<String, Object> bareStart(int n)
    {
        Map<String, Object> v = start(n);
        Date now = new Date(engine.now().toEpochMilli());
        v.put("pcwf_stage", "stage1");
        v.put("pcwf_reminderDate", new Date(now.getTime() + Duration.ofDays(10).toMillis()));
        v.put("pcwf_overdueDate", new Date(now.getTime() + Duration.ofDays(14).toMillis()));
        return v;
    }

    private static Map<String, Object> discussion()
    {
        Map<String, Object> v = new HashMap<>();
        v.put("pcwf_facts", "What was said and seen.");
        v.put("pcwf_opinion", "What the author thinks of it.");
        v.put("pcwf_outcomeSummary", "What was agreed.");
        return v;
    }
}
