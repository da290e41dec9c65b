package org.practicechallenge.repo.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.ASPECT_CHILD_CASE;
import static org.practicechallenge.repo.PracticeChallengeModel.PROP_STATUS;
import static org.practicechallenge.repo.PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessPermission;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.repo.Challenges;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.audit.ChallengeAudit;

class CaseFolderAccessTest
{
    private static final NodeRef CASE = new NodeRef("workspace://SpacesStore/case-1");
    private static final NodeRef CHALLENGE = new NodeRef("workspace://SpacesStore/challenge-1");
    private static final String HEALTH_SENIOR = "GROUP_PC_HEALTH_SENIOR_MANAGERS";
    private static final String SOCIAL_CARE_SENIOR = "GROUP_PC_SOCIALCARE_SENIOR_MANAGERS";
    private static final String POLICE_SENIOR = "GROUP_PC_POLICE_SENIOR_MANAGERS";

    private final MockedRepository repository = new MockedRepository();
    private final PermissionService permissionService = mock(PermissionService.class);
    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final CaseFolderAccess access = new CaseFolderAccess();
    /** The groups allowed Consumer on the case folder itself, as ACS keeps them: one entry per group. */
    private final Set<String> caseFolderEntries = new LinkedHashSet<>();
    private final List<Map<String, Serializable>> withdrawals = new java.util.ArrayList<>();
    private SignedIn signedIn;

    @BeforeEach
    void accessForTheModulesAgencies()
    {
        signedIn = SignedIn.as("nurse1");
        ChallengeAudit audit = new ChallengeAudit();
        audit.setAuditComponent(auditComponent);
        when(auditComponent.areAuditValuesRequired(any())).thenReturn(true);
        org.mockito.Mockito.doAnswer(call -> withdrawals.add(call.getArgument(1)) ? Map.of() : Map.of())
                .when(auditComponent).recordAuditValues(eq("/practicechallenge/accessWithdrawn"), org.mockito.ArgumentMatchers.anyMap());
        repository.node("case-1", ContentModel.TYPE_FOLDER, Set.of(ASPECT_CHILD_CASE), Map.of());
        challengeNode("challenge-1");
        aclOnTheCaseFolder();
        access.setPermissionService(permissionService);
        access.setNodeService(repository.nodeService());
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

    /** A challenge node in the case folder, open until {@link #closed} says otherwise. */
    private NodeRef challengeNode(String id)
    {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NODE_UUID, id);
        properties.put(PROP_STATUS, "open");
        return repository.nodeService().createNode(CASE, ContentModel.ASSOC_CONTAINS,
                QName.createQName("cm", id), TYPE_PRACTICE_CHALLENGE, properties).getChildRef();
    }

    private void closed(NodeRef challenge)
    {
        repository.properties(challenge).put(PROP_STATUS, "resolved");
    }

    /** setPermission adds or replaces the group's entry, deletePermission removes it, as ACS's ACL does. */
    private void aclOnTheCaseFolder()
    {
        org.mockito.Mockito.doAnswer(call -> caseFolderEntries.add(call.getArgument(1)) ? null : null)
                .when(permissionService).setPermission(eq(CASE), any(), eq(PermissionService.CONSUMER), eq(true));
        org.mockito.Mockito.doAnswer(call -> caseFolderEntries.remove(call.getArgument(1)) ? null : null)
                .when(permissionService).deletePermission(eq(CASE), any(), eq(PermissionService.CONSUMER));
        when(permissionService.getAllSetPermissions(CASE)).thenAnswer(call -> caseFolderEntries.stream()
                .map(CaseFolderAccessTest::consumerEntry).collect(Collectors.toSet()));
    }

    private static AccessPermission consumerEntry(String authority)
    {
        AccessPermission entry = mock(AccessPermission.class);
        when(entry.getAuthority()).thenReturn(authority);
        when(entry.getPermission()).thenReturn(PermissionService.CONSUMER);
        when(entry.getAccessStatus()).thenReturn(AccessStatus.ALLOWED);
        when(entry.isSetDirectly()).thenReturn(true);
        return entry;
    }

    private static Challenge policeWithSocialCareAt(Stage stage)
    {
        return at(stage).toBuilder().raisingAgency("police").build();
    }

    private static Properties afterClosing(String rule)
    {
        Properties settings = new Properties();
        settings.setProperty(CaseFolderAccess.AFTER_CLOSING_SETTING, rule);
        return settings;
    }

    @Test
    void closingWithdrawsTheStageThreeGrantUnlessAnotherOpenChallengeNeedsIt()
    {
        NodeRef policeChallenge = challengeNode("challenge-2");
        access.grantForStage(at(Stage.STAGE_3), CHALLENGE, "PC-2026-1A2B3C01", CASE);
        access.grantForStage(policeWithSocialCareAt(Stage.STAGE_3), policeChallenge, "PC-2026-1A2B3C02", CASE);
        assertThat(caseFolderEntries).containsExactlyInAnyOrder(HEALTH_SENIOR, SOCIAL_CARE_SENIOR, POLICE_SENIOR);

        closed(CHALLENGE);
        access.reviewOnClosing(CHALLENGE, "PC-2026-1A2B3C01", CASE);

        assertThat(caseFolderEntries).as("social care's senior managers still decide the police challenge")
                .containsExactlyInAnyOrder(SOCIAL_CARE_SENIOR, POLICE_SENIOR);
        assertThat(withdrawals).singleElement().satisfies(withdrawal -> assertThat(withdrawal)
                .containsEntry("/challenge", CHALLENGE.toString()).containsEntry("/node", CASE.toString())
                .containsEntry("/authority", HEALTH_SENIOR).containsEntry("/permission", PermissionService.CONSUMER)
                .containsEntry("/user", "nurse1"));

        closed(policeChallenge);
        access.reviewOnClosing(policeChallenge, "PC-2026-1A2B3C02", CASE);

        assertThat(caseFolderEntries).isEmpty();
    }

    @Test
    void aChallengeClosedAtStageFourWithdrawsItsStageThreeAndStageFourGrants()
    {
        access.grantForStage(at(Stage.STAGE_3), CHALLENGE, "PC-2026-1A2B3C01", CASE);
        access.grantForStage(at(Stage.STAGE_4), CHALLENGE, "PC-2026-1A2B3C01", CASE);
        assertThat(caseFolderEntries).hasSize(4);

        closed(CHALLENGE);
        access.reviewOnClosing(CHALLENGE, "PC-2026-1A2B3C01", CASE);

        assertThat(caseFolderEntries).isEmpty();
        assertThat(withdrawals).hasSize(4);
    }

    @Test
    void withKeepTheGrantsStay()
    {
        access.setSettings(afterClosing("keep"));
        access.grantForStage(at(Stage.STAGE_3), CHALLENGE, "PC-2026-1A2B3C01", CASE);

        closed(CHALLENGE);
        access.reviewOnClosing(CHALLENGE, "PC-2026-1A2B3C01", CASE);

        assertThat(caseFolderEntries).containsExactlyInAnyOrder(HEALTH_SENIOR, SOCIAL_CARE_SENIOR);
        verify(permissionService, never()).deletePermission(any(), any(), any());
        assertThat(withdrawals).isEmpty();
    }

    @Test
    void accessSomeoneElseGaveTheCaseFolderIsNeverWithdrawn()
    {
        caseFolderEntries.add(HEALTH_SENIOR);
        access.grantForStage(at(Stage.STAGE_3), CHALLENGE, "PC-2026-1A2B3C01", CASE);

        closed(CHALLENGE);
        access.reviewOnClosing(CHALLENGE, "PC-2026-1A2B3C01", CASE);

        assertThat(caseFolderEntries).containsExactly(HEALTH_SENIOR);
        verify(permissionService, never()).deletePermission(CASE, HEALTH_SENIOR, PermissionService.CONSUMER);
        verify(permissionService).deletePermission(CASE, SOCIAL_CARE_SENIOR, PermissionService.CONSUMER);
    }

    @Test
    void aClosedChallengeOpensNothing()
    {
        access.grantForStage(at(Stage.STAGE_3).toBuilder().status(org.practicechallenge.protocol.ChallengeStatus.RESOLVED)
                .closedAt(Challenges.MONDAY).build(), CHALLENGE, "PC-2026-1A2B3C01", CASE);

        assertThat(caseFolderEntries).isEmpty();
    }

    @Test
    void anUnknownRuleIsRefusedAtStartupNamingTheSetting()
    {
        assertThatThrownBy(() -> access.setSettings(afterClosing("forever")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("practicechallenge.access.afterClosing is 'forever'; it must be withdraw or keep");
    }

    @Test
    void theModulesDefaultIsToWithdraw()
    {
        access.setSettings(ModuleDefaults.properties());
        access.grantForStage(at(Stage.STAGE_3), CHALLENGE, "PC-2026-1A2B3C01", CASE);

        closed(CHALLENGE);
        access.reviewOnClosing(CHALLENGE, "PC-2026-1A2B3C01", CASE);

        assertThat(caseFolderEntries).isEmpty();
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
    void thePractitionerNamedReadsTheChallengeAtStageOneButNotTheCaseFolderAndTheRaiserNeedsNoGrant()
    {
        Challenge named = at(Stage.STAGE_1).toBuilder().challengedPractitioner("sw7").build();

        access.grantForStage(named, CHALLENGE, "PC-2026-1A2B3C01", CASE);

        verify(permissionService).setPermission(CHALLENGE, "sw7", PermissionService.CONSUMER, true);
        verify(permissionService).setPermission(CHALLENGE, "GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS", PermissionService.CONSUMER, true);
        verify(permissionService, never()).setPermission(CHALLENGE, "GROUP_PC_SOCIALCARE_PRACTITIONERS", PermissionService.CONSUMER, true);
        verify(permissionService, never()).setPermission(CHALLENGE, named.raisedBy(), PermissionService.CONSUMER, true);
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
