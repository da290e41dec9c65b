package org.practicechallenge.repo.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.repo.Challenges;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.audit.ChallengeAudit;

class CaseFolderAccessTest
{
    private static final NodeRef CASE = new NodeRef("workspace://SpacesStore/case-1");
    private static final NodeRef CHALLENGE = new NodeRef("workspace://SpacesStore/challenge-1");

    private final PermissionService permissionService = mock(PermissionService.class);
    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final CaseFolderAccess access = new CaseFolderAccess();
    private SignedIn signedIn;

    @BeforeEach
    void accessForTheModulesAgencies()
    {
        signedIn = SignedIn.as("nurse1");
        ChallengeAudit audit = new ChallengeAudit();
        audit.setAuditComponent(auditComponent);
        org.mockito.Mockito.when(auditComponent.areAuditValuesRequired(any())).thenReturn(true);
        access.setPermissionService(permissionService);
        access.setParticipants(new StageParticipants(ModuleDefaults.partnership().agencies()));
        access.setAgencies(ModuleDefaults.partnership().agencies());
        access.setAudit(audit);
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    private static Challenge at(Stage stage)
    {
        return Challenges.professionalDifference(CASE.toString()).toBuilder().stage(stage).build();
    }

    @Test
    void beforeStageThreeNobodyIsGivenTheCaseFolder()
    {
        assertThat(access.caseFolderReaders(at(Stage.STAGE_1))).isEmpty();
        assertThat(access.caseFolderReaders(at(Stage.STAGE_2))).isEmpty();
    }

    @Test
    void atStageThreeBothAgenciesSeniorManagersReadTheCaseFolder()
    {
        assertThat(access.caseFolderReaders(at(Stage.STAGE_3)))
                .containsExactlyInAnyOrder("GROUP_PC_HEALTH_SENIOR_MANAGERS", "GROUP_PC_SOCIALCARE_SENIOR_MANAGERS");
    }

    @Test
    void atStageFourBothDirectorsReadTheCaseFolderButThePartnershipDoesNot()
    {
        assertThat(access.caseFolderReaders(at(Stage.STAGE_4)))
                .containsExactlyInAnyOrder("GROUP_PC_HEALTH_DIRECTOR", "GROUP_PC_SOCIALCARE_DIRECTOR");
    }

    @Test
    void thePracticeReviewGroupReadsTheChallengeNotTheCaseFolder()
    {
        access.grantForStage(at(Stage.PRACTICE_REVIEW_GROUP), CHALLENGE, "PC-2026-1A2B3C01", CASE);

        verify(permissionService).setPermission(CHALLENGE, "GROUP_PC_PRACTICE_REVIEW_GROUP", PermissionService.CONSUMER, true);
        verify(permissionService, never()).setPermission(eq(CASE), any(), any(), eq(true));
    }

    @Test
    void atStageFourThePartnershipAndDirectorsReadTheChallengeAndEachGrantIsAudited()
    {
        access.grantForStage(at(Stage.STAGE_4), CHALLENGE, "PC-2026-1A2B3C01", CASE);

        verify(permissionService).setPermission(CHALLENGE, "GROUP_PC_PARTNERSHIP", PermissionService.CONSUMER, true);
        verify(permissionService).setPermission(CHALLENGE, "GROUP_PC_SOCIALCARE_DIRECTOR", PermissionService.CONSUMER, true);
        verify(permissionService).setPermission(CASE, "GROUP_PC_SOCIALCARE_DIRECTOR", PermissionService.CONSUMER, true);
        verify(auditComponent, org.mockito.Mockito.times(5)).recordAuditValues(eq("/practicechallenge/accessGrant"), any());
    }
}
