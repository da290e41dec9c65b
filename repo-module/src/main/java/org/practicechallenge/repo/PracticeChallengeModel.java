package org.practicechallenge.repo;

import org.alfresco.service.namespace.QName;

/**
 * The names of the {@code pc} content model (model/practice-challenge-model.xml) as Java uses them, one constant per
 * type, aspect and property, named as DEVELOPERS.md names them.
 */
public interface PracticeChallengeModel
{
    String NAMESPACE = "http://www.practicechallenge.org/model/content/1.0";
    String PREFIX = "pc";
    String WORKFLOW_NAMESPACE = "http://www.practicechallenge.org/model/workflow/1.0";
    String WORKFLOW_PREFIX = "pcwf";

    // aspect pc:childCase, on case folders
    QName ASPECT_CHILD_CASE = qname("childCase");
    QName PROP_CHILD_IDENTIFIER = qname("childIdentifier");
    QName PROP_CHILD_NAME = qname("childName");
    QName PROP_CHILD_DATE_OF_BIRTH = qname("childDateOfBirth");
    QName PROP_CASE_CATEGORY = qname("caseCategory");
    QName PROP_CASE_CLOSED_DATE = qname("caseClosedDate");

    // aspect pc:escalationSummary, on case folders
    QName ASPECT_ESCALATION_SUMMARY = qname("escalationSummary");
    QName PROP_OPEN_CHALLENGE_COUNT = qname("openChallengeCount");
    QName PROP_HIGHEST_OPEN_STAGE = qname("highestOpenStage");
    QName PROP_ANY_OVERDUE = qname("anyOverdue");
    QName PROP_LAST_ESCALATION_DATE = qname("lastEscalationDate");

    // type pc:practiceChallenge
    QName TYPE_PRACTICE_CHALLENGE = qname("practiceChallenge");
    QName PROP_REFERENCE = qname("reference");
    QName PROP_KIND = qname("kind");
    QName PROP_STAGE = qname("stage");
    QName PROP_START_STAGE = qname("startStage");
    QName PROP_STATUS = qname("status");
    QName PROP_OUTCOME = qname("outcome");
    QName PROP_OUTCOME_SUMMARY = qname("outcomeSummary");
    QName PROP_WITHDRAWAL_REASON = qname("withdrawalReason");
    QName PROP_RAISING_AGENCY = qname("raisingAgency");
    QName PROP_RESPONDING_AGENCY = qname("respondingAgency");
    QName PROP_CHALLENGED_PRACTITIONER = qname("challengedPractitioner");
    QName PROP_ISSUE_CATEGORY = qname("issueCategory");
    QName PROP_ISSUE_CATEGORY_DESCRIPTION = qname("issueCategoryDescription");
    QName PROP_ISSUE_SUMMARY = qname("issueSummary");
    QName PROP_IMMEDIATE_WELFARE_CONCERN = qname("immediateWelfareConcern");
    QName PROP_LINE_MANAGER_CONSULTED = qname("lineManagerConsulted");
    QName PROP_LINE_MANAGER_NAME = qname("lineManagerName");
    QName PROP_LINE_MANAGER_CONSULTED_DATE = qname("lineManagerConsultedDate");
    QName PROP_RAISED_BY = qname("raisedBy");
    QName PROP_RAISED_DATE = qname("raisedDate");
    QName PROP_CONFERENCE_DATE = qname("conferenceDate");
    QName PROP_NEXT_CONFERENCE_DATE = qname("nextConferenceDate");
    QName PROP_FORM_DUE_DATE = qname("formDueDate");
    QName PROP_RAISED_LATE = qname("raisedLate");
    QName PROP_STAGE_STARTED_DATE = qname("stageStartedDate");
    QName PROP_DUE_DATE = qname("dueDate");
    QName PROP_OVERDUE = qname("overdue");
    QName PROP_FAMILY_INFORMED_DATE = qname("familyInformedDate");
    QName PROP_CLOSED_DATE = qname("closedDate");
    QName PROP_WORKFLOW_INSTANCE_ID = qname("workflowInstanceId");
    QName PROP_RETAIN_UNTIL = qname("retainUntil");

    // type pc:caseRecordEntry
    QName TYPE_CASE_RECORD_ENTRY = qname("caseRecordEntry");
    QName PROP_ENTRY_KIND = qname("entryKind");
    QName PROP_ENTRY_STAGE = qname("entryStage");
    QName PROP_DISCUSSION_METHOD = qname("discussionMethod");
    QName PROP_FACTS = qname("facts");
    QName PROP_OPINION = qname("opinion");
    QName PROP_ENTRY_OUTCOME = qname("entryOutcome");
    QName PROP_CIN_OUTCOME = qname("cinOutcome");
    QName PROP_ENTRY_OUTCOME_SUMMARY = qname("entryOutcomeSummary");
    QName PROP_AGREED_ACTIONS = qname("agreedActions");
    QName PROP_AUTHOR = qname("author");
    QName PROP_AGENCY = qname("agency");
    QName PROP_RECORDED_AT = qname("recordedAt");

    private static QName qname(String localName)
    {
        return QName.createQName(NAMESPACE, localName);
    }
}
