package org.practicechallenge.repo.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicechallenge.repo.PracticeChallengeModel.*;
import static org.practicechallenge.repo.integrity.RecordWriter.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practicechallenge.repo.NodeValues;

class CaseRecordRulesTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2070, 6, 1);

    static Map<QName, Serializable> entry()
    {
        Map<QName, Serializable> e = new HashMap<>();
        e.put(ContentModel.PROP_NAME, "20260824T080000Z-response-stage1-1a2b3c4d");
        e.put(PROP_ENTRY_KIND, "response");
        e.put(PROP_FACTS, "Spoke to the team manager.");
        e.put(PROP_AUTHOR, "sw1");
        e.put(PROP_RECORDED_AT, new Date(0));
        e.put(QName.createQName("http://www.alfresco.org/model/content/1.0", "modified"), new Date(0));
        return e;
    }

    static Map<QName, Serializable> challenge(String status)
    {
        Map<QName, Serializable> c = new HashMap<>();
        c.put(ContentModel.PROP_NAME, "PC-2026-1A2B3C4D");
        c.put(PROP_REFERENCE, "PC-2026-1A2B3C4D");
        c.put(PROP_KIND, "professionalDifference");
        c.put(PROP_STAGE, "stage2");
        c.put(PROP_STATUS, status);
        c.put(PROP_RAISED_BY, "nurse1");
        c.put(PROP_OVERDUE, false);
        return c;
    }

    static Map<QName, Serializable> with(Map<QName, Serializable> base, QName property, Serializable value)
    {
        Map<QName, Serializable> changed = new HashMap<>(base);
        changed.put(property, value);
        return changed;
    }

    @Nested
    class Entries
    {
        @Test
        void theWorkflowWritesANewEntry()
        {
            assertThat(CaseRecordRules.entryChange(Map.of(), entry(), CASE_RECORD)).isEmpty();
        }

        @Test
        void nobodyElseWritesEntriesDirectly()
        {
            assertThat(CaseRecordRules.entryChange(Map.of(), entry(), RECORDS_MANAGER))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("written by the practice challenge workflow"));
        }

        @ParameterizedTest
        @EnumSource(RecordWriter.class)
        void aWrittenEntryNeverChangesWhoeverAsks(RecordWriter writer)
        {
            assertThat(CaseRecordRules.entryChange(entry(), with(entry(), PROP_FACTS, "Rewritten"), writer))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("pc:facts").contains("never altered"));
        }

        @Test
        void renamingAnEntryIsAChangeToIt()
        {
            assertThat(CaseRecordRules.entryChange(entry(), with(entry(), ContentModel.PROP_NAME, "tidy name"), ANYONE_ELSE)).isPresent();
        }

        @Test
        void alfrescosHousekeepingOnAnEntryIsNotAChangeToTheRecord()
        {
            Map<QName, Serializable> touched = with(entry(), QName.createQName("http://www.alfresco.org/model/content/1.0", "modified"), new Date());
            assertThat(CaseRecordRules.entryChange(entry(), touched, ANYONE_ELSE)).isEmpty();
        }

        @Test
        void onlyRecordsManagersDeleteAnEntryOnTheCase()
        {
            assertThat(CaseRecordRules.entryDeletion(null, RECORDS_MANAGER, TODAY, LONDON)).isEmpty();
            assertThat(CaseRecordRules.entryDeletion(null, CASE_RECORD, TODAY, LONDON)).isPresent();
        }

        @Test
        void anEntryOfAChallengeGoesOnlyWhenItsChallengeMay()
        {
            Map<QName, Serializable> retained = with(challenge("resolved"), PROP_RETAIN_UNTIL, NodeValues.date(TODAY.plusDays(1)));
            assertThat(CaseRecordRules.entryDeletion(retained, RECORDS_MANAGER, TODAY, LONDON))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("retained until 2070-06-02"));
        }
    }

    @Nested
    class Challenges
    {
        @Test
        void theWorkflowRaisesAChallenge()
        {
            assertThat(CaseRecordRules.challengeChange(Map.of(), challenge("open"), CASE_RECORD)).isEmpty();
        }

        @Test
        void aChallengeIsNotCreatedOutsideTheWorkflow()
        {
            assertThat(CaseRecordRules.challengeChange(Map.of(), challenge("open"), ANYONE_ELSE))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("raised through the practice challenge workflow"));
        }

        @Test
        void theWorkflowKeepsAnOpenChallengeCurrent()
        {
            assertThat(CaseRecordRules.challengeChange(challenge("open"), with(challenge("open"), PROP_STAGE, "stage3"), CASE_RECORD)).isEmpty();
        }

        @Test
        void nobodyMovesAChallengeOnByEditingIt()
        {
            assertThat(CaseRecordRules.challengeChange(challenge("open"), with(challenge("open"), PROP_STAGE, "stage4"), ANYONE_ELSE))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("changes only through the practice challenge workflow").contains("pc:stage"));
        }

        @Test
        void aRecordedFactIsNeverOverwrittenNotEvenByTheWorkflow()
        {
            assertThat(CaseRecordRules.challengeChange(challenge("open"), with(challenge("open"), PROP_RAISED_BY, "someoneElse"), CASE_RECORD))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("already records pc:raisedBy as 'nurse1'"));
        }

        @Test
        void aClosedChallengeIsKeptAsItWasClosed()
        {
            assertThat(CaseRecordRules.challengeChange(challenge("resolved"), with(challenge("resolved"), PROP_OVERDUE, true), CASE_RECORD))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("is closed").contains("pc:overdue"));
        }

        @Test
        void theFamilyMayStillBeToldAfterAConferenceChallengeCloses()
        {
            Map<QName, Serializable> told = with(challenge("resolved"), PROP_FAMILY_INFORMED_DATE, new Date());
            assertThat(CaseRecordRules.challengeChange(challenge("resolved"), told, CASE_RECORD)).isEmpty();
            assertThat(CaseRecordRules.challengeChange(challenge("resolved"), told, ANYONE_ELSE)).isPresent();
        }

        @ParameterizedTest
        @EnumSource(value = RecordWriter.class, names = {"CASE_RECORD", "RETENTION", "RECORDS_MANAGER"})
        void retentionAndRecordsManagersSetTheRetainUntilDateOfAClosedChallenge(RecordWriter writer)
        {
            Map<QName, Serializable> retained = with(challenge("withdrawn"), PROP_RETAIN_UNTIL, new Date());
            assertThat(CaseRecordRules.challengeChange(challenge("withdrawn"), retained, writer)).isEmpty();
        }

        @Test
        void nobodyElseSetsTheRetainUntilDate()
        {
            Map<QName, Serializable> retained = with(challenge("withdrawn"), PROP_RETAIN_UNTIL, new Date());
            assertThat(CaseRecordRules.challengeChange(challenge("withdrawn"), retained, ANYONE_ELSE)).isPresent();
        }

        @Test
        void retentionChangesNothingElse()
        {
            assertThat(CaseRecordRules.challengeChange(challenge("open"), with(challenge("open"), PROP_OVERDUE, true), RETENTION)).isPresent();
        }

        @Test
        void nothingIsAddedToAClosedChallengeExceptByTheWorkflow()
        {
            assertThat(CaseRecordRules.newChild(challenge("resolved"), ANYONE_ELSE))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("is closed; nothing more is added"));
            assertThat(CaseRecordRules.newChild(challenge("resolved"), CASE_RECORD)).isEmpty();
            assertThat(CaseRecordRules.newChild(challenge("open"), ANYONE_ELSE)).isEmpty();
        }
    }

    @Nested
    class Deletion
    {
        private Map<QName, Serializable> closedUntil(LocalDate retainUntil)
        {
            return with(challenge("resolved"), PROP_RETAIN_UNTIL, NodeValues.date(retainUntil));
        }

        @Test
        void aRecordsManagerDeletesAClosedChallengeOnceItsRetainUntilDateHasCome()
        {
            assertThat(CaseRecordRules.challengeDeletion(closedUntil(TODAY), RECORDS_MANAGER, TODAY, LONDON)).isEmpty();
        }

        @Test
        void beforeThenItIsRetained()
        {
            assertThat(CaseRecordRules.challengeDeletion(closedUntil(TODAY.plusYears(1)), RECORDS_MANAGER, TODAY, LONDON))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("retained until 2071-06-01"));
        }

        @Test
        void withoutARetainUntilDateItIsKept()
        {
            assertThat(CaseRecordRules.challengeDeletion(challenge("resolved"), RECORDS_MANAGER, TODAY, LONDON))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("no retain-until date yet"));
        }

        @Test
        void anOpenChallengeIsNeverDeleted()
        {
            assertThat(CaseRecordRules.challengeDeletion(with(challenge("open"), PROP_RETAIN_UNTIL, NodeValues.date(TODAY)),
                    RECORDS_MANAGER, TODAY, LONDON)).hasValueSatisfying(reason -> assertThat(reason).contains("still open"));
        }

        @ParameterizedTest
        @EnumSource(value = RecordWriter.class, names = {"CASE_RECORD", "RETENTION", "ANYONE_ELSE"})
        void onlyRecordsManagersDelete(RecordWriter writer)
        {
            assertThat(CaseRecordRules.challengeDeletion(closedUntil(TODAY.minusYears(1)), writer, TODAY, LONDON))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("only records managers delete it"));
        }
    }
}
