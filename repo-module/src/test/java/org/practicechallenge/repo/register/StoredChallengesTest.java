package org.practicechallenge.repo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.IssueCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.ChallengeSummary;

class StoredChallengesTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final NodeRef CASE_FOLDER = new NodeRef("workspace://SpacesStore/case1");

    private final NodeService nodeService = mock(NodeService.class);
    private final StoredChallenges stored = new StoredChallenges(nodeService, LONDON);

    @BeforeEach
    void theCaseFolderNamesTheChildAndItsCategory()
    {
        when(nodeService.getProperties(CASE_FOLDER)).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123", PROP_CHILD_NAME,
                "Sam", PROP_CASE_CATEGORY, "childProtection"));
    }

    private NodeRef node(String id, Map<QName, Serializable> properties)
    {
        NodeRef node = new NodeRef("workspace://SpacesStore/" + id);
        when(nodeService.getProperties(node)).thenReturn(properties);
        when(nodeService.getPrimaryParent(node)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, id), node));
        return node;
    }

    private static Map<QName, Serializable> challenge(String stage)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_REFERENCE, "PC-" + stage);
        p.put(PROP_KIND, "conferenceChallenge");
        p.put(PROP_STAGE, stage);
        p.put(PROP_START_STAGE, "stage1");
        p.put(PROP_STATUS, "open");
        p.put(PROP_RAISING_AGENCY, "safeguardingUnit");
        p.put(PROP_RESPONDING_AGENCY, "socialCare");
        p.put(PROP_ISSUE_CATEGORY, "assessment");
        p.put(PROP_RAISED_DATE, Date.from(Instant.parse("2026-10-01T09:00:00Z")));
        // Stage 3 began at 23:30 UTC on 11 October: already the 12th in London (summer time).
        p.put(PROP_STAGE_STARTED_DATE, Date.from(Instant.parse("2026-10-11T23:30:00Z")));
        p.put(PROP_DUE_DATE, Date.from(Instant.parse("2026-10-19T23:00:00Z")));
        p.put(PROP_OVERDUE, Boolean.TRUE);
        p.put(PROP_RAISED_LATE, Boolean.TRUE);
        p.put(PROP_FAMILY_INFORMED_DATE, Date.from(Instant.parse("2026-10-02T00:00:00Z")));
        return p;
    }

    @Test
    void aChallengeNodeAndItsCaseFolderBecomeARegisterRowInTheProtocolsTerms()
    {
        ChallengeSummary row = stored.read(node("a", challenge("stage3"))).orElseThrow();

        assertThat(row.reference()).isEqualTo("PC-stage3");
        assertThat(row.caseFolder()).isEqualTo(CASE_FOLDER.toString());
        assertThat(row.childIdentifier()).isEqualTo("C123");
        assertThat(row.childName()).isEqualTo("Sam");
        assertThat(row.caseCategory()).isEqualTo(CaseCategory.CHILD_PROTECTION);
        assertThat(row.stage()).isEqualTo(Stage.STAGE_3);
        assertThat(row.startStage()).isEqualTo(Stage.STAGE_1);
        assertThat(row.status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(row.issueCategory()).isEqualTo(IssueCategory.ASSESSMENT);
        assertThat(row.raisedAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
        assertThat(row.dueDate()).as("a d:date is a day").isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(row.overdue()).isTrue();
        assertThat(row.raisedLate()).isTrue();
        assertThat(row.familyInformed()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(row.stageStarts().started(Stage.STAGE_3)).as("the day in London").isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(row.stageStarts().started(Stage.STAGE_1)).as("earlier stages are the register's to keep").isNull();
    }

    @Test
    void aNodeWithCodesOutsideTheProtocolIsLeftOutRatherThanFailingTheWritersTransaction()
    {
        assertThat(stored.read(node("bad", challenge("stage9")))).isEmpty();
    }

    @Test
    void aChallengeWithoutARaisedDateIsLeftOut()
    {
        Map<QName, Serializable> p = challenge("stage2");
        p.remove(PROP_RAISED_DATE);

        assertThat(stored.read(node("undated", p))).isEmpty();
    }

    @Test
    void theRowNamesWhoRaisedTheChallengeAndThePractitionerItChallenges()
    {
        Map<QName, Serializable> p = challenge("stage1");
        p.put(PROP_RAISED_BY, "sally.socialworker");
        p.put(PROP_CHALLENGED_PRACTITIONER, "harry.healthvisitor");

        ChallengeSummary row = stored.read(node("named", p)).orElseThrow();

        assertThat(row.raisedBy()).isEqualTo("sally.socialworker");
        assertThat(row.challengedPractitioner()).isEqualTo("harry.healthvisitor");
    }

    @Test
    void aChallengeNamingNoPractitionerHasNone()
    {
        ChallengeSummary row = stored.read(node("unnamed", challenge("stage1"))).orElseThrow();

        assertThat(row.challengedPractitioner()).isNull();
    }
}
