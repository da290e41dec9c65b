package org.practicechallenge.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.practicechallenge.protocol.CaseRecord;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;

/**
 * The case-record port kept in memory for tests, committing with the engine's transaction. Refuses what the
 * Alfresco implementation refuses: entries for unknown challenges and changes to a closed challenge.
 */
public final class InMemoryCaseRecord implements CaseRecord
{
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Challenge> challenges = new LinkedHashMap<>();
    private final Map<String, List<CaseRecordEntry>> entries = new LinkedHashMap<>();
    private final Map<String, List<CaseRecordEntry>> caseEntries = new LinkedHashMap<>();
    private final Map<String, String> workflows = new LinkedHashMap<>();
    private final Map<String, String> workflowPackages = new LinkedHashMap<>();

    @Override
    public String open(Challenge challenge, CaseRecordEntry raised)
    {
        String ref = "challenge-" + sequence.incrementAndGet();
        AfterCommit.run(() ->
        {
            synchronized (this)
            {
                challenges.put(ref, challenge.toBuilder().ref(ref).build());
                entries.computeIfAbsent(ref, r -> new ArrayList<>()).add(raised);
            }
        });
        return ref;
    }

    @Override
    public void attachToWorkflow(String challengeRef, String processInstanceId, String workflowPackage)
    {
        AfterCommit.run(() ->
        {
            synchronized (this)
            {
                workflows.put(challengeRef, processInstanceId);
                if (workflowPackage != null)
                {
                    workflowPackages.put(challengeRef, workflowPackage);
                }
            }
        });
    }

    @Override
    public void append(String challengeRef, CaseRecordEntry entry)
    {
        AfterCommit.run(() ->
        {
            synchronized (this)
            {
                if (!challenges.containsKey(challengeRef))
                {
                    throw new IllegalStateException("no challenge " + challengeRef);
                }
                entries.get(challengeRef).add(entry);
            }
        });
    }

    @Override
    public void appendToCase(String caseFolder, CaseRecordEntry entry)
    {
        AfterCommit.run(() ->
        {
            synchronized (this)
            {
                caseEntries.computeIfAbsent(caseFolder, f -> new ArrayList<>()).add(entry);
            }
        });
    }

    @Override
    public void update(Challenge challenge)
    {
        AfterCommit.run(() ->
        {
            synchronized (this)
            {
                Challenge stored = challenges.get(challenge.ref());
                if (stored == null)
                {
                    throw new IllegalStateException("no challenge " + challenge.ref());
                }
                if (stored.isClosed() && Objects.equals(challenge.familyInformedDate(), stored.familyInformedDate()))
                {
                    throw new IllegalStateException("challenge " + challenge.ref() + " is closed");
                }
                challenges.put(challenge.ref(), challenge);
            }
        });
    }

    public synchronized Challenge challenge(String ref)
    {
        return challenges.get(ref);
    }

    public synchronized List<Challenge> challengesIn(String caseFolder)
    {
        return challenges.values().stream().filter(c -> caseFolder.equals(c.caseFolder())).toList();
    }

    public synchronized List<CaseRecordEntry> entries(String ref)
    {
        return List.copyOf(entries.getOrDefault(ref, List.of()));
    }

    public synchronized List<CaseRecordEntry> caseEntries(String caseFolder)
    {
        return List.copyOf(caseEntries.getOrDefault(caseFolder, List.of()));
    }

    /** The process instance the challenge was attached to. */
    public synchronized String processInstanceOf(String ref)
    {
        return workflows.get(ref);
    }

    /** The workflow package the challenge joined, or {@code null} when its process had none. */
    public synchronized String workflowPackageOf(String ref)
    {
        return workflowPackages.get(ref);
    }

    public synchronized int challengeCount()
    {
        return challenges.size();
    }
}
