package org.practicechallenge.protocol;

/**
 * Port: the child's case record, where every challenge, its progress and each participant's entries are kept.
 * Implementations write in the caller's transaction, so a rejected step leaves nothing behind.
 */
public interface CaseRecord
{
    /** Records a newly raised challenge with its first entry and returns the reference that identifies it. */
    String open(Challenge challenge, CaseRecordEntry raised);

    /**
     * Ties the challenge to the workflow that runs it: the process instance, and (in ACS) the workflow package, so
     * that the challenge sits beside the case documents in every task.
     */
    void attachToWorkflow(String challengeRef, String processInstanceId, String workflowPackage);

    /** Adds an entry to the challenge's record; entries are never changed afterwards. */
    void append(String challengeRef, CaseRecordEntry entry);

    /** Adds an entry about the case itself, such as the six-week Child in Need check, to the case folder. */
    void appendToCase(String caseFolder, CaseRecordEntry entry);

    /** Keeps the challenge's stage, status, dates and outcome current. */
    void update(Challenge challenge);
}
