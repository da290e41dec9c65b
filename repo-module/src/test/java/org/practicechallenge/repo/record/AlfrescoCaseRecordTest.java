package org.practicechallenge.repo.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.Challenges.*;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.CinOutcome;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.EntryKind;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.integrity.CaseRecordIntegrityException;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;

class AlfrescoCaseRecordTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant TUESDAY = Instant.parse("2026-08-25T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-08-26T09:00:00Z");

    private final MockedRepository repository = new MockedRepository();
    private final PermissionService permissionService = mock(PermissionService.class);
    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final DeclaredRecords declaredRecords = DeclaredRecords.installed();
    private final List<Map<String, Serializable>> audited = new ArrayList<>();
    private final List<String> auditPaths = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    private SignedIn signedIn;
    private AlfrescoCaseRecord caseRecord;
    private NodeRef caseFolder;

    @BeforeEach
    void repositoryWithAChildProtectionCase()
    {
        signedIn = SignedIn.as("nurse1");
        caseFolder = repository.node("case-1", ContentModel.TYPE_FOLDER, Set.of(ASPECT_CHILD_CASE), Map.of(
                PROP_CHILD_IDENTIFIER, "C-104522",
                PROP_CASE_CATEGORY, "childProtection",
                PROP_CHILD_DATE_OF_BIRTH, NodeValues.date(LocalDate.of(2015, 3, 14))));
        when(permissionService.hasPermission(any(), eq(PermissionService.READ))).thenReturn(AccessStatus.ALLOWED);
        when(auditComponent.areAuditValuesRequired(anyString())).thenReturn(true);
        doAnswer(call ->
        {
            auditPaths.add(call.getArgument(0));
            audited.add(call.getArgument(1));
            return Map.of();
        }).when(auditComponent).recordAuditValues(anyString(), anyMap());
        caseRecord = caseRecordWith(declaredRecords);
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    private AlfrescoCaseRecord caseRecordWith(DeclaredRecords records)
    {
        AlfrescoCaseRecord adapter = CaseRecordAssembly.caseRecord(repository.nodeService(), permissionService,
                auditComponent, records);
        adapter.setIds(() -> new UUID((0x1a2b3c00L + ids.incrementAndGet()) << 32, 7L));
        return adapter;
    }

    @Test
    void challengeSitsInTheWorkflowPackageAndNamesItsWorkflowInstance()
    {
        Challenge challenge = raised();
        NodeRef workflowPackage = new NodeRef("workspace://SpacesStore/package-1");

        caseRecord.attachToWorkflow(challenge.ref(), "4711", workflowPackage.toString());

        assertThat(repository.properties(node(challenge)).get(PROP_WORKFLOW_INSTANCE_ID)).isEqualTo("activiti$4711");
        verify(repository.nodeService()).addChild(eq(workflowPackage), eq(node(challenge)),
                eq(QName.createQName("http://www.alfresco.org/model/bpm/1.0", "packageContains")), any(QName.class));
    }

    @Test
    void challengeStartedOutsideAlfrescoHasNoPackageToJoin()
    {
        Challenge challenge = raised();

        caseRecord.attachToWorkflow(challenge.ref(), "4712", null);

        assertThat(repository.properties(node(challenge)).get(PROP_WORKFLOW_INSTANCE_ID)).isEqualTo("activiti$4712");
        verify(repository.nodeService(), never()).addChild(any(), any(), any(), any());
    }

    private Challenge raised()
    {
        Challenge challenge = professionalDifference(caseFolder.toString());
        String ref = caseRecord.open(challenge, raisedEntry(challenge));
        return challenge.toBuilder().ref(ref).build();
    }

    private NodeRef node(Challenge challenge)
    {
        return new NodeRef(challenge.ref());
    }

    private Challenge escalatedTo(Stage stage)
    {
        Challenge challenge = raised();
        Instant when = TUESDAY;
        while (challenge.stage() != stage)
        {
            challenge = decided(challenge, "escalate", when);
            caseRecord.update(challenge);
            when = when.plusSeconds(3600);
        }
        return challenge;
    }

    @Test
    void raisingAChallengeCreatesItInTheChildsCaseFolderWithItsReference()
    {
        Challenge challenge = raised();

        assertThat(repository.children(caseFolder, TYPE_PRACTICE_CHALLENGE)).containsExactly(node(challenge));
        Map<QName, Serializable> stored = repository.properties(node(challenge));
        assertThat(stored).containsEntry(PROP_REFERENCE, "PC-2026-1A2B3C01")
                .containsEntry(ContentModel.PROP_NAME, "PC-2026-1A2B3C01")
                .containsEntry(PROP_KIND, "professionalDifference")
                .containsEntry(PROP_STAGE, "stage1")
                .containsEntry(PROP_START_STAGE, "stage1")
                .containsEntry(PROP_STATUS, "open")
                .containsEntry(PROP_RAISING_AGENCY, "health")
                .containsEntry(PROP_RESPONDING_AGENCY, "socialCare")
                .containsEntry(PROP_RAISED_BY, "nurse1")
                .containsEntry(PROP_RAISED_DATE, Date.from(MONDAY))
                .containsEntry(PROP_OVERDUE, false);
        assertThat(NodeValues.day(stored.get(PROP_DUE_DATE))).isEqualTo(challenge.deadline().dueDate());
    }

    @Test
    void theRaisedEntryIsTheChallengesFirstEntry()
    {
        Challenge challenge = raised();

        List<NodeRef> entries = repository.children(node(challenge), TYPE_CASE_RECORD_ENTRY);
        assertThat(entries).hasSize(1);
        assertThat(repository.properties(entries.get(0)))
                .containsEntry(PROP_ENTRY_KIND, "raised")
                .containsEntry(PROP_ENTRY_STAGE, "stage1")
                .containsEntry(PROP_AUTHOR, "nurse1")
                .containsEntry(PROP_AGENCY, "health")
                .containsEntry(PROP_FACTS, challenge.issueSummary())
                .containsEntry(PROP_RECORDED_AT, Date.from(MONDAY));
        assertThat((String) repository.properties(entries.get(0)).get(ContentModel.PROP_NAME)).startsWith("20260824T080000Z-raised-stage1-");
    }

    @Test
    void theCaseFolderSummaryCountsTheNewChallenge()
    {
        raised();

        assertThat(repository.aspects(caseFolder)).contains(ASPECT_ESCALATION_SUMMARY);
        assertThat(repository.properties(caseFolder))
                .containsEntry(PROP_OPEN_CHALLENGE_COUNT, 1)
                .containsEntry(PROP_HIGHEST_OPEN_STAGE, "stage1")
                .containsEntry(PROP_ANY_OVERDUE, false)
                .containsEntry(PROP_LAST_ESCALATION_DATE, Date.from(MONDAY));
    }

    @Test
    void aSecondChallengeOnTheSameCaseIsCountedWithTheFirst()
    {
        raised();
        Challenge second = escalatedTo(Stage.STAGE_2);

        assertThat(repository.properties(caseFolder))
                .containsEntry(PROP_OPEN_CHALLENGE_COUNT, 2)
                .containsEntry(PROP_HIGHEST_OPEN_STAGE, "stage2")
                .containsEntry(PROP_LAST_ESCALATION_DATE, Date.from(second.stageStartedAt()));
    }

    @Test
    void everyWriteRunsAsSystemMarkedAsTheCaseRecordsOwn()
    {
        List<Object> writers = new ArrayList<>();
        when(repository.nodeService().createNode(any(), any(), any(), any(), anyMap())).thenAnswer(call ->
        {
            writers.add(signedIn.isSystem() ? RecordWrites.current().orElse(null) : "not as system");
            return new org.alfresco.service.cmr.repository.ChildAssociationRef(ContentModel.ASSOC_CONTAINS, caseFolder,
                    call.getArgument(2), new NodeRef("workspace://SpacesStore/n" + writers.size()), true, -1);
        });
        Challenge challenge = professionalDifference(caseFolder.toString());

        caseRecord.open(challenge, raisedEntry(challenge));

        assertThat(writers).containsOnly(RecordWriter.CASE_RECORD).hasSize(2);
    }

    @Test
    void raisingOnAFolderThatIsNotAChildsCaseIsRefusedNamingTheCaseFolder()
    {
        NodeRef plainFolder = repository.node("plain", ContentModel.TYPE_FOLDER, Set.of(), Map.of());
        Challenge challenge = professionalDifference(plainFolder.toString());

        assertThatThrownBy(() -> caseRecord.open(challenge, raisedEntry(challenge)))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessage("caseFolder: '" + plainFolder + "' is not a child case folder (aspect pc:childCase); raise the challenge from the child's case folder");
        assertThat(repository.children(plainFolder, null)).isEmpty();
    }

    @Test
    void raisingOnSomethingThatIsNotANodeIsRefused()
    {
        Challenge challenge = professionalDifference("case 104522");

        assertThatThrownBy(() -> caseRecord.open(challenge, raisedEntry(challenge)))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("is not a child case folder (aspect pc:childCase)");
    }

    @Test
    void raisingOnACaseTheRaiserCannotReadIsRefusedAndNothingIsWritten()
    {
        when(permissionService.hasPermission(caseFolder, PermissionService.READ)).thenReturn(AccessStatus.DENIED);
        Challenge challenge = professionalDifference(caseFolder.toString());

        assertThatThrownBy(() -> caseRecord.open(challenge, raisedEntry(challenge)))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("you cannot read the case folder");
        verify(repository.nodeService(), never()).createNode(any(), any(), any(), any(), anyMap());
        verify(permissionService, never()).setPermission(any(), any(), any(), eq(true));
    }

    @Test
    void atStageOneTheStagesPeopleMayReadTheChallengeButNotTheCaseFolder()
    {
        Challenge challenge = raised();

        // Nobody named: the responding agency's Stage 1 people; the raiser's first line managers decide with them.
        for (String group : List.of("GROUP_PC_SOCIALCARE_PRACTITIONERS", "GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS",
                "GROUP_PC_HEALTH_FIRST_LINE_MANAGERS"))
        {
            verify(permissionService).setPermission(node(challenge), group, PermissionService.CONSUMER, true);
        }
        verify(permissionService, never()).setPermission(node(challenge), "GROUP_PC_HEALTH_PRACTITIONERS", PermissionService.CONSUMER, true);
        verify(permissionService, never()).setPermission(eq(caseFolder), any(), any(), eq(true));
    }

    @Test
    void atStageThreeBothAgenciesSeniorManagersMayReadTheCaseFolder()
    {
        escalatedTo(Stage.STAGE_3);

        verify(permissionService).setPermission(caseFolder, "GROUP_PC_HEALTH_SENIOR_MANAGERS", PermissionService.CONSUMER, true);
        verify(permissionService).setPermission(caseFolder, "GROUP_PC_SOCIALCARE_SENIOR_MANAGERS", PermissionService.CONSUMER, true);
    }

    @Test
    void everyStageChangeIsAuditedFromAndTo()
    {
        Challenge challenge = escalatedTo(Stage.STAGE_2);

        List<Map<String, Serializable>> stageChanges = auditedAt("/practicechallenge/stageChange");
        assertThat(stageChanges).hasSize(2);
        assertThat(stageChanges.get(0)).containsEntry("/challenge", challenge.ref()).containsEntry("/reference", "PC-2026-1A2B3C01")
                .containsEntry("/from", null).containsEntry("/to", "stage1").containsEntry("/user", "nurse1");
        assertThat(stageChanges.get(1)).containsEntry("/from", "stage1").containsEntry("/to", "stage2");
    }

    @Test
    void everyAccessGrantIsAudited()
    {
        raised();

        assertThat(auditedAt("/practicechallenge/accessGrant"))
                .extracting(values -> values.get("/authority"))
                .containsExactlyInAnyOrder("GROUP_PC_SOCIALCARE_PRACTITIONERS", "GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS",
                        "GROUP_PC_HEALTH_FIRST_LINE_MANAGERS");
    }

    @Test
    void entriesAreAddedUnderTheChallenge()
    {
        Challenge challenge = raised();

        caseRecord.append(challenge.ref(), decisionEntry(challenge, "escalate", TUESDAY));

        assertThat(repository.children(node(challenge), TYPE_CASE_RECORD_ENTRY)).hasSize(2);
    }

    @Test
    void anEntryForSomethingThatIsNotAChallengeIsRefused()
    {
        Challenge challenge = professionalDifference(caseFolder.toString());

        assertThatThrownBy(() -> caseRecord.append(caseFolder.toString(), raisedEntry(challenge)))
                .isInstanceOf(ProtocolViolation.class)
                .hasMessageContaining("challengeRef: '" + caseFolder + "' is not a practice challenge");
    }

    @Test
    void anEntryAboutTheCaseItselfGoesInTheCaseFolder()
    {
        CaseRecordEntry check = new CaseRecordEntry(EntryKind.CIN_EVIDENCE_CHECK, Stage.STAGE_1, null, "No CiN meeting is recorded.",
                null, null, null, null, "chair1", "safeguardingUnit", WEDNESDAY, CinOutcome.NOT_EVIDENCED);

        caseRecord.appendToCase(caseFolder.toString(), check);

        List<NodeRef> entries = repository.children(caseFolder, TYPE_CASE_RECORD_ENTRY);
        assertThat(entries).hasSize(1);
        assertThat(repository.properties(entries.get(0))).containsEntry(PROP_ENTRY_KIND, "cinEvidenceCheck").containsEntry(PROP_AUTHOR, "chair1")
                .containsEntry(PROP_CIN_OUTCOME, "notEvidenced");
    }

    @Test
    void anOverdueChallengeMakesTheCaseOverdue()
    {
        Challenge challenge = raised();

        caseRecord.update(POLICY.markOverdue(challenge));

        assertThat(repository.properties(node(challenge))).containsEntry(PROP_OVERDUE, true);
        assertThat(repository.properties(caseFolder)).containsEntry(PROP_ANY_OVERDUE, true);
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing()
    {
        Challenge challenge = raised();

        caseRecord.update(challenge);

        verify(repository.nodeService(), never()).addProperties(eq(node(challenge)), anyMap());
    }

    @Test
    void aStepThatLeavesTheCaseFoldersSummaryAsItWasDoesNotRewriteTheFolder()
    {
        Challenge challenge = raised();

        caseRecord.update(challenge.toBuilder().familyInformedDate(java.time.LocalDate.of(2026, 8, 25)).build());

        verify(repository.nodeService(), never()).addProperties(eq(caseFolder), anyMap());
    }

    @Test
    void aDayStoredAtAnotherTimeOfThatDayIsNotTakenForAChange()
    {
        Challenge challenge = raised();
        LocalDate due = challenge.deadline().dueDate();
        repository.properties(node(challenge)).put(PROP_DUE_DATE, Date.from(due.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));

        caseRecord.update(challenge);

        verify(repository.nodeService(), never()).addProperties(eq(node(challenge)), anyMap());
    }

    @Test
    void closingRecordsTheOutcomeAndTheSummaryNoLongerCountsIt()
    {
        Challenge challenge = raised();
        Challenge resolved = decided(challenge, "resolved", TUESDAY);

        caseRecord.update(resolved);

        assertThat(repository.properties(node(challenge))).containsEntry(PROP_STATUS, "resolved").containsEntry(PROP_OUTCOME, "resolved")
                .containsEntry(PROP_CLOSED_DATE, Date.from(TUESDAY));
        assertThat(repository.properties(caseFolder)).containsEntry(PROP_OPEN_CHALLENGE_COUNT, 0).containsEntry(PROP_HIGHEST_OPEN_STAGE, null);
        assertThat(auditedAt("/practicechallenge/outcome")).singleElement().satisfies(values -> assertThat(values)
                .containsEntry("/stage", "stage1").containsEntry("/outcome", "resolved").containsEntry("/status", "resolved"));
    }

    @Test
    void aClosingAsksForTheChallengesRecordToBeDeclaredWithItsEntries()
    {
        Challenge challenge = raised();

        caseRecord.update(decided(challenge, "resolved", TUESDAY));

        assertThat(declaredRecords.requests()).singleElement().satisfies(request ->
        {
            assertThat(request.challenge()).isEqualTo(node(challenge));
            assertThat(request.reference()).isEqualTo("PC-2026-1A2B3C01");
            assertThat(request.text()).startsWith("Practice challenge: PC-2026-1A2B3C01").contains("Entry: raised");
        });
    }

    @Test
    void withoutGovernanceServicesClosingStillWorksAndNothingIsDeclared()
    {
        DeclaredRecords notInstalled = DeclaredRecords.notInstalled();
        caseRecord = caseRecordWith(notInstalled);
        Challenge challenge = raised();

        caseRecord.update(decided(challenge, "withdrawn", TUESDAY));

        assertThat(repository.properties(node(challenge))).containsEntry(PROP_STATUS, "withdrawn");
        assertThat(repository.children(node(challenge), ContentModel.TYPE_CONTENT)).isEmpty();
        assertThat(notInstalled.requests()).isEmpty();
    }

    @Test
    void aClosedChallengeIsNotChangedAgain()
    {
        Challenge challenge = raised();
        Challenge resolved = decided(challenge, "resolved", TUESDAY);
        caseRecord.update(resolved);

        assertThatThrownBy(() -> caseRecord.update(resolved.toBuilder().overdue(true).build()))
                .isInstanceOf(CaseRecordIntegrityException.class)
                .hasMessageContaining("challenge PC-2026-1A2B3C01 is closed");
        assertThat(repository.properties(node(challenge))).containsEntry(PROP_OVERDUE, false);
    }

    @Test
    void theRetainUntilDateFollowsTheScheduleOnceTheCaseIsClosed()
    {
        repository.properties(caseFolder).put(PROP_CASE_CLOSED_DATE, NodeValues.date(LocalDate.of(2027, 1, 31)));
        Challenge challenge = raised();

        assertThat(NodeValues.day(repository.properties(node(challenge)).get(PROP_RETAIN_UNTIL))).isEqualTo(LocalDate.of(2062, 1, 31));
    }

    @Test
    void whileAChildProtectionCaseIsOpenTheChallengeHasNoRetainUntilDate()
    {
        Challenge challenge = raised();

        assertThat(repository.properties(node(challenge))).containsEntry(PROP_RETAIN_UNTIL, null);
    }

    private List<Map<String, Serializable>> auditedAt(String path)
    {
        List<Map<String, Serializable>> found = new ArrayList<>();
        for (int i = 0; i < auditPaths.size(); i++)
        {
            if (auditPaths.get(i).equals(path))
            {
                found.add(audited.get(i));
            }
        }
        return found;
    }
}
