package org.practicechallenge.repo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageOutcome;
import org.practicechallenge.repo.SignedIn;

class ChallengeAuditTest
{
    private static final NodeRef CHALLENGE = new NodeRef("workspace://SpacesStore/challenge-1");

    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final ChallengeAudit audit = new ChallengeAudit();
    private SignedIn signedIn;

    @BeforeEach
    void auditing()
    {
        audit.setAuditComponent(auditComponent);
        signedIn = SignedIn.as("manager1");
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    /** ACS says values are required only for a path that a registered PathMap source starts with. */
    private void answerAsAlfresco() throws Exception
    {
        RegisteredAuditPaths registered = new RegisteredAuditPaths();
        when(auditComponent.areAuditValuesRequired(any())).thenAnswer(call -> registered.areAuditValuesRequired(call.getArgument(0)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Serializable> recordedAt(String path)
    {
        ArgumentCaptor<Map<String, Serializable>> values = ArgumentCaptor.forClass(Map.class);
        verify(auditComponent).recordAuditValues(eq(path), values.capture());
        return values.getValue();
    }

    @Test
    void anEscalationRecordsWhoMovedWhichChallengeFromWhereToWhere() throws Exception
    {
        answerAsAlfresco();

        audit.stageChanged(CHALLENGE, "PC-2026-1A2B3C01", Stage.STAGE_2, Stage.STAGE_3);

        assertThat(recordedAt("/practicechallenge/stageChange")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/challenge", CHALLENGE.toString(), "/reference", "PC-2026-1A2B3C01", "/user", "manager1",
                "/from", "stage2", "/to", "stage3"));
    }

    @Test
    void theUserIsThePersonEvenWhenTheAdapterWritesAsSystem() throws Exception
    {
        answerAsAlfresco();

        org.alfresco.repo.security.authentication.AuthenticationUtil.runAsSystem(() ->
        {
            audit.outcomeRecorded(CHALLENGE, "PC-2026-1A2B3C01", Stage.STAGE_1, StageOutcome.WITHDRAWN, ChallengeStatus.WITHDRAWN);
            return null;
        });

        assertThat(recordedAt("/practicechallenge/outcome")).containsEntry("/user", "manager1")
                .containsEntry("/outcome", "withdrawn").containsEntry("/status", "withdrawn").containsEntry("/stage", "stage1");
    }

    @Test
    void aGrantRecordsTheNodeTheAuthorityAndThePermission() throws Exception
    {
        answerAsAlfresco();
        NodeRef caseFolder = new NodeRef("workspace://SpacesStore/case-1");

        audit.accessGranted(CHALLENGE, "PC-2026-1A2B3C01", caseFolder, "GROUP_PC_POLICE_DIRECTOR", "Consumer");

        assertThat(recordedAt("/practicechallenge/accessGrant")).containsEntry("/node", caseFolder.toString())
                .containsEntry("/authority", "GROUP_PC_POLICE_DIRECTOR").containsEntry("/permission", "Consumer");
    }

    @Test
    void aRecordDeclarationSaysWhetherItWasDeclaredAndWhyNot() throws Exception
    {
        answerAsAlfresco();

        audit.recordDeclaration(CHALLENGE, "PC-2026-1A2B3C01", false, "no file plan");

        assertThat(recordedAt("/practicechallenge/recordDeclaration")).containsEntry("/declared", false)
                .containsEntry("/reason", "no file plan").containsEntry("/user", "manager1");
    }

    @Test
    void whenNoApplicationListensNothingIsRecorded()
    {
        audit.stageChanged(CHALLENGE, "PC-2026-1A2B3C01", null, Stage.STAGE_1);

        verify(auditComponent, never()).recordAuditValues(any(), anyMap());
    }
}
