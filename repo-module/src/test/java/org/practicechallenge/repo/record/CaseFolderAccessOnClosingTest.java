package org.practicechallenge.repo.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.Challenges.decided;
import static org.practicechallenge.repo.Challenges.professionalDifference;
import static org.practicechallenge.repo.Challenges.raisedEntry;
import static org.practicechallenge.repo.PracticeChallengeModel.ASPECT_CHILD_CASE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_CHILD_IDENTIFIER;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.SignedIn;

/** The case record reviews case-folder access when, and only when, a challenge closes (module default: withdraw). */
class CaseFolderAccessOnClosingTest
{
    private static final Instant TUESDAY = Instant.parse("2026-08-25T09:00:00Z");

    private final MockedRepository repository = new MockedRepository();
    private final PermissionService permissionService = mock(PermissionService.class);
    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final AtomicLong ids = new AtomicLong();
    private SignedIn signedIn;
    private AlfrescoCaseRecord caseRecord;
    private NodeRef caseFolder;

    @BeforeEach
    void aCaseRecordOverTheRepository()
    {
        signedIn = SignedIn.as("nurse1");
        caseFolder = repository.node("case-1", ContentModel.TYPE_FOLDER, Set.of(ASPECT_CHILD_CASE),
                Map.of(PROP_CHILD_IDENTIFIER, "C-104522"));
        when(permissionService.hasPermission(any(), eq(PermissionService.READ))).thenReturn(AccessStatus.ALLOWED);
        when(auditComponent.areAuditValuesRequired(anyString())).thenReturn(true);
        caseRecord = CaseRecordAssembly.caseRecord(repository.nodeService(), permissionService, auditComponent,
                DeclaredRecords.notInstalled());
        caseRecord.setIds(() -> new UUID((0x1a2b3c00L + ids.incrementAndGet()) << 32, 7L));
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    private Challenge atStageThree()
    {
        Challenge challenge = professionalDifference(caseFolder.toString());
        challenge = challenge.toBuilder().ref(caseRecord.open(challenge, raisedEntry(challenge))).build();
        Instant when = TUESDAY;
        while (challenge.stage() != Stage.STAGE_3)
        {
            challenge = decided(challenge, "escalate", when);
            caseRecord.update(challenge);
            when = when.plusSeconds(3600);
        }
        return challenge;
    }

    @Test
    void resolvingAtStageThreeTakesBackTheCaseFolderButNotTheChallenge()
    {
        Challenge challenge = atStageThree();
        verify(permissionService, never()).deletePermission(any(), any(), any());
        java.util.List<Boolean> asSystem = new java.util.ArrayList<>();
        org.mockito.Mockito.doAnswer(call -> asSystem.add(signedIn.isSystem()) ? null : null)
                .when(permissionService).deletePermission(any(), any(), any());

        caseRecord.update(decided(challenge, "resolved", TUESDAY.plusSeconds(86_400)));

        verify(permissionService).deletePermission(caseFolder, "GROUP_PC_HEALTH_SENIOR_MANAGERS", PermissionService.CONSUMER);
        verify(permissionService).deletePermission(caseFolder, "GROUP_PC_SOCIALCARE_SENIOR_MANAGERS", PermissionService.CONSUMER);
        verify(permissionService, never()).deletePermission(eq(new NodeRef(challenge.ref())), any(), any());
        assertThat(asSystem).as("changing permissions needs rights the acting user lacks").containsOnly(true);
    }
}
