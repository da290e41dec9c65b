package org.practicechallenge.repo.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.practicechallenge.repo.Behaviours;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.PublicServiceSecurity;
import org.practicechallenge.repo.SignedIn;

class CaseRecordIntegrityTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2070, 6, 1);

    private final MockedRepository repository = new MockedRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final CaseRecordIntegrity integrity = new CaseRecordIntegrity();
    private SignedIn signedIn;
    private NodeRef caseFolder;
    private NodeRef challenge;
    private NodeRef entry;

    @BeforeEach
    void aClosedChallengeWithAnEntry()
    {
        integrity.setPolicyComponent(policyComponent);
        integrity.setNodeService(repository.nodeService());
        integrity.setPartnershipSettings(ModuleDefaults.partnership());
        integrity.setSettings(ModuleDefaults.properties());
        integrity.setClock(Clock.fixed(TODAY.atStartOfDay(LONDON).plusHours(12).toInstant(), LONDON));
        caseFolder = repository.node("case-1", ContentModel.TYPE_FOLDER, Set.of(ASPECT_CHILD_CASE), Map.of());
        challenge = repository.node("challenge-1", TYPE_PRACTICE_CHALLENGE, Set.of(), closedChallenge(TODAY.minusDays(1)));
        entry = repository.node("entry-1", TYPE_CASE_RECORD_ENTRY, Set.of(), Map.of(PROP_AUTHOR, "sw1", PROP_RECORDED_AT, new Date(0)));
        when(repository.nodeService().getPrimaryParent(entry)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, challenge, PROP_REFERENCE, entry, true, -1));
        signedIn = SignedIn.as("sw1");
        // As in ACS: getAuthoritiesForUser refuses a caller who is neither an administrator nor the system user.
        integrity.setAuthorityService(PublicServiceSecurity.secured(AuthorityService.class, authorityService, signedIn));
    }

    @AfterEach
    void signOut()
    {
        signedIn.close();
    }

    private static Map<QName, Serializable> closedChallenge(LocalDate retainUntil)
    {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_REFERENCE, "PC-2026-1A2B3C01");
        p.put(PROP_STATUS, "resolved");
        p.put(PROP_STAGE, "stage2");
        p.put(PROP_RETAIN_UNTIL, NodeValues.date(retainUntil));
        return p;
    }

    private void signedInAsRecordsManager()
    {
        when(authorityService.getAuthoritiesForUser("sw1")).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_PC_RECORDS_MANAGERS"));
    }

    @Test
    void initBindsEachRuleToItsPolicyAndType()
    {
        List<List<?>> behaviours = new ArrayList<>();
        try (MockedConstruction<JavaBehaviour> constructed = mockConstruction(JavaBehaviour.class,
                (behaviour, context) -> behaviours.add(context.arguments())))
        {
            integrity.init();

            List<JavaBehaviour> bound = constructed.constructed();
            verify(policyComponent).bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, TYPE_CASE_RECORD_ENTRY, bound.get(0));
            verify(policyComponent).bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, TYPE_PRACTICE_CHALLENGE, bound.get(1));
            verify(policyComponent).bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, TYPE_CASE_RECORD_ENTRY, bound.get(2));
            verify(policyComponent).bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, TYPE_PRACTICE_CHALLENGE, bound.get(3));
            verify(policyComponent).bindAssociationBehaviour(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME, TYPE_PRACTICE_CHALLENGE, bound.get(4));
        }
        assertThat(behaviours).allSatisfy(arguments ->
        {
            assertThat(arguments.get(0)).isSameAs(integrity);
            assertThat(arguments.get(2)).isEqualTo(NotificationFrequency.EVERY_EVENT);
        });
        // JavaBehaviour finds the method by name and the policy's parameter types, so each must exist as bound.
        Behaviours.assertBindsAMethodOf(behaviours.get(0), NodeServicePolicies.OnUpdatePropertiesPolicy.class);
        Behaviours.assertBindsAMethodOf(behaviours.get(1), NodeServicePolicies.OnUpdatePropertiesPolicy.class);
        Behaviours.assertBindsAMethodOf(behaviours.get(2), NodeServicePolicies.BeforeDeleteNodePolicy.class);
        Behaviours.assertBindsAMethodOf(behaviours.get(3), NodeServicePolicies.BeforeDeleteNodePolicy.class);
        Behaviours.assertBindsAMethodOf(behaviours.get(4), NodeServicePolicies.OnCreateChildAssociationPolicy.class);
    }

    @Test
    void editingAWrittenEntryInShareIsRefused()
    {
        Map<QName, Serializable> before = repository.properties(entry);
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(PROP_OPINION, "Added later");

        assertThatThrownBy(() -> integrity.onUpdateEntryProperties(entry, before, after))
                .isInstanceOf(CaseRecordIntegrityException.class)
                .hasMessageContaining("cannot be changed (pc:opinion)");
    }

    @Test
    void theWorkflowsOwnWritesAreAllowed()
    {
        Map<QName, Serializable> after = new HashMap<>(repository.properties(entry));

        assertThatCode(() -> RecordWrites.as(RecordWriter.CASE_RECORD, () -> integrity.onUpdateEntryProperties(entry, Map.of(), after)))
                .doesNotThrowAnyException();
    }

    @Test
    void runningAsSystemIsNotEnoughToChangeAClosedChallenge()
    {
        Map<QName, Serializable> before = repository.properties(challenge);
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(PROP_OUTCOME_SUMMARY, "Rewritten");

        assertThatThrownBy(() -> integrity.onUpdateChallengeProperties(challenge, before, after))
                .isInstanceOf(CaseRecordIntegrityException.class)
                .hasMessageContaining("challenge PC-2026-1A2B3C01 is closed");
    }

    @Test
    void aRecordsManagerMaySetTheRetainUntilDate()
    {
        signedInAsRecordsManager();
        Map<QName, Serializable> before = repository.properties(challenge);
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(PROP_RETAIN_UNTIL, NodeValues.date(TODAY.plusYears(10)));

        assertThatCode(() -> integrity.onUpdateChallengeProperties(challenge, before, after)).doesNotThrowAnyException();
    }

    @Test
    void someoneOutsideTheRecordsManagersMayNotDeleteAChallenge()
    {
        when(authorityService.getAuthoritiesForUser("sw1")).thenReturn(Set.of("GROUP_EVERYONE"));

        assertThatThrownBy(() -> integrity.beforeDeleteChallenge(challenge))
                .isInstanceOf(CaseRecordIntegrityException.class)
                .hasMessageContaining("only records managers delete it");
    }

    @Test
    void aRecordsManagerDeletesAChallengeWhoseRetentionHasEnded()
    {
        signedInAsRecordsManager();

        assertThatCode(() -> integrity.beforeDeleteChallenge(challenge)).doesNotThrowAnyException();
        assertThatCode(() -> integrity.beforeDeleteEntry(entry)).doesNotThrowAnyException();
    }

    @Test
    void aRecordsManagerCannotDeleteAnEntryWhileItsChallengeIsRetained()
    {
        signedInAsRecordsManager();
        repository.properties(challenge).put(PROP_RETAIN_UNTIL, NodeValues.date(TODAY.plusDays(1)));

        assertThatThrownBy(() -> integrity.beforeDeleteEntry(entry))
                .isInstanceOf(CaseRecordIntegrityException.class)
                .hasMessageContaining("retained until");
    }

    @Test
    void theRecordsManagersGroupIsConfigurable()
    {
        Properties settings = new Properties();
        settings.setProperty("practicechallenge.retention.group", "GROUP_LA_RECORDS");
        integrity.setSettings(settings);
        when(authorityService.getAuthoritiesForUser("sw1")).thenReturn(Set.of("GROUP_LA_RECORDS"));

        assertThat(integrity.writer()).isEqualTo(RecordWriter.RECORDS_MANAGER);
    }

    @Test
    void purgingTheTrashcanIsNotCheckedAgain()
    {
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "challenge-1");

        assertThatCode(() -> integrity.beforeDeleteChallenge(archived)).doesNotThrowAnyException();
        assertThatCode(() -> integrity.beforeDeleteEntry(archived)).doesNotThrowAnyException();
        verifyNoInteractions(authorityService);
    }

    @Test
    void nothingIsFiledIntoAClosedChallenge()
    {
        NodeRef document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-1");
        ChildAssociationRef filing = new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, challenge, PROP_REFERENCE, document, true, -1);

        assertThatThrownBy(() -> integrity.onCreateChallengeChild(filing, true))
                .isInstanceOf(CaseRecordIntegrityException.class)
                .hasMessageContaining("nothing more is added");
    }

    @Test
    void withNobodySignedInTheWriterIsNobodysRecordsManager()
    {
        signedIn.close();
        signedIn = SignedIn.as(null);

        assertThat(integrity.writer()).isEqualTo(RecordWriter.ANYONE_ELSE);
        verify(authorityService, org.mockito.Mockito.never()).getAuthoritiesForUser(any());
    }

    @Test
    void theClockDecidesWhetherRetentionHasEnded()
    {
        integrity.setClock(Clock.fixed(Instant.parse("2070-05-30T12:00:00Z"), LONDON));
        signedInAsRecordsManager();

        assertThatThrownBy(() -> integrity.beforeDeleteChallenge(challenge)).hasMessageContaining("retained until 2070-05-31");
    }
}
