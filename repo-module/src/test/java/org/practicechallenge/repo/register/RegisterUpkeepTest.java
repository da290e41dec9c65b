package org.practicechallenge.repo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListener;
import org.alfresco.util.transaction.TransactionSupportUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.practicechallenge.protocol.CaseCategory;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.report.AgencyScope;
import org.practicechallenge.protocol.report.ChallengeFilter;
import org.practicechallenge.protocol.report.ChallengeSummary;

/**
 * The behaviours note what a transaction touched and write the register just before it commits, as Alfresco runs
 * them: resources bound to the transaction, each listener once however often it is bound ({@code TransactionSupportUtil}
 * keeps them in a set), and no {@code beforeCommit} for a transaction that rolls back.
 */
class RegisterUpkeepTest
{
    private static final NodeRef CASE_FOLDER = new NodeRef("workspace://SpacesStore/case1");

    private final NodeService nodeService = mock(NodeService.class);
    private final ChallengeRegister register = RegisterDatabase.inMemory().register();
    private final RegisterUpkeep upkeep = new RegisterUpkeep();
    private final Map<Object, Object> resources = new HashMap<>();
    private final Set<TransactionListener> listeners = new LinkedHashSet<>();
    private final Map<NodeRef, Map<QName, Serializable>> nodes = new HashMap<>();
    private MockedStatic<AlfrescoTransactionSupport> transaction;
    private MockedStatic<TransactionSupportUtil> transactionResources;

    @BeforeEach
    void aTransactionAroundTheBehaviours()
    {
        upkeep.setPolicyComponent(mock(PolicyComponent.class));
        upkeep.setNodeService(nodeService);
        upkeep.setStoredChallenges(new StoredChallenges(nodeService, RandomChallenges.LONDON));
        upkeep.setRegister(register);
        // Resources are TransactionSupportUtil's statics, which AlfrescoTransactionSupport inherits.
        transactionResources = mockStatic(TransactionSupportUtil.class);
        transactionResources.when(() -> TransactionSupportUtil.bindResource(any(), any()))
                .thenAnswer(call -> resources.put(call.getArgument(0), call.getArgument(1)));
        transactionResources.when(() -> TransactionSupportUtil.getResource(any()))
                .thenAnswer(call -> resources.get(call.getArgument(0)));
        transaction = mockStatic(AlfrescoTransactionSupport.class);
        transaction.when(() -> AlfrescoTransactionSupport.bindListener(any(TransactionListener.class)))
                .thenAnswer(call -> listeners.add(call.getArgument(0)));
        when(nodeService.getProperties(CASE_FOLDER)).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123",
                PROP_CASE_CATEGORY, "childInNeed"));
        when(nodeService.exists(any(NodeRef.class))).thenAnswer(call -> nodes.containsKey(call.<NodeRef>getArgument(0)));
        when(nodeService.getProperties(any(NodeRef.class))).thenAnswer(call ->
        {
            NodeRef node = call.getArgument(0);
            return node.equals(CASE_FOLDER) ? Map.of(PROP_CHILD_IDENTIFIER, "C123", PROP_CASE_CATEGORY, "childInNeed")
                    : nodes.get(node);
        });
    }

    @AfterEach
    void endTheTransaction()
    {
        transaction.close();
        transactionResources.close();
    }

    private NodeRef challenge(String id, String stage)
    {
        NodeRef node = new NodeRef("workspace://SpacesStore/" + id);
        Map<QName, Serializable> p = new HashMap<>();
        p.put(PROP_REFERENCE, "PC-" + id);
        p.put(PROP_KIND, "professionalDifference");
        p.put(PROP_STAGE, stage);
        p.put(PROP_STATUS, "open");
        p.put(PROP_RAISING_AGENCY, "police");
        p.put(PROP_RESPONDING_AGENCY, "socialCare");
        p.put(PROP_RAISED_DATE, Date.from(Instant.parse("2026-10-01T09:00:00Z")));
        nodes.put(node, p);
        when(nodeService.getPrimaryParent(node)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, id), node));
        return node;
    }

    private void commit()
    {
        for (TransactionListener listener : List.copyOf(listeners))
        {
            listener.beforeCommit(false);
        }
        resources.clear();
        listeners.clear();
    }

    private void rollback()
    {
        listeners.forEach(TransactionListener::afterRollback);
        resources.clear();
        listeners.clear();
    }

    private List<ChallengeSummary> registered()
    {
        List<ChallengeSummary> rows = new ArrayList<>();
        register.forEach(ChallengeFilter.none(), AgencyScope.allAgencies(), false, rows::add);
        return rows;
    }

    @Test
    void aNewChallengeIsRegisteredAsItStandsWhenItsTransactionCommits()
    {
        NodeRef raised = challenge("a", "stage1");
        upkeep.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, "a"), raised));
        nodes.get(raised).put(PROP_STAGE, "stage2");
        upkeep.onUpdateProperties(raised, Map.of(), nodes.get(raised));

        assertThat(registered()).as("nothing before the commit").isEmpty();
        assertThat(listeners).as("bound once however many changes").hasSize(1);
        commit();

        assertThat(registered()).singleElement().satisfies(row ->
        {
            assertThat(row.stage()).isEqualTo(Stage.STAGE_2);
            assertThat(row.caseCategory()).isEqualTo(CaseCategory.CHILD_IN_NEED);
            assertThat(row.childIdentifier()).isEqualTo("C123");
        });
    }

    @Test
    void aChangeThatRollsBackNeverReachesTheRegister()
    {
        NodeRef raised = challenge("a", "stage1");
        upkeep.onUpdateProperties(raised, Map.of(), nodes.get(raised));

        rollback();

        assertThat(registered()).isEmpty();
    }

    @Test
    void aDeletedChallengeLeavesTheRegister()
    {
        NodeRef raised = challenge("a", "stage1");
        upkeep.onUpdateProperties(raised, Map.of(), nodes.get(raised));
        commit();

        upkeep.beforeDeleteNode(raised);
        nodes.remove(raised);
        commit();

        assertThat(registered()).isEmpty();
    }

    @Test
    void aChangeToTheCaseFoldersChildOrCategoryRewritesItsChallengesRows()
    {
        NodeRef raised = challenge("a", "stage1");
        upkeep.onUpdateProperties(raised, Map.of(), nodes.get(raised));
        commit();
        when(nodeService.getChildAssocs(CASE_FOLDER, Set.of(TYPE_PRACTICE_CHALLENGE))).thenReturn(List.of(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, "a"), raised)));
        when(nodeService.getProperties(CASE_FOLDER)).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C999",
                PROP_CASE_CATEGORY, "childProtection"));

        upkeep.onUpdateCaseFolder(CASE_FOLDER, Map.of(PROP_CASE_CATEGORY, "childInNeed"),
                Map.of(PROP_CASE_CATEGORY, "childProtection"));
        commit();

        assertThat(registered()).singleElement().satisfies(row ->
        {
            assertThat(row.caseCategory()).isEqualTo(CaseCategory.CHILD_PROTECTION);
            assertThat(row.childIdentifier()).isEqualTo("C999");
        });
    }

    @Test
    void aCaseFolderEditThatLeavesChildAndCategoryAloneTouchesNothing()
    {
        upkeep.onUpdateCaseFolder(CASE_FOLDER, Map.of(PROP_CASE_CATEGORY, "childInNeed"),
                Map.of(PROP_CASE_CATEGORY, "childInNeed", ContentModel.PROP_NAME, "renamed"));

        assertThat(listeners).isEmpty();
    }

    @Test
    void aSixWeekCinCheckEntryIsRegisteredAsItIsWrittenAndOtherEntriesAreNot()
    {
        NodeRef check = new NodeRef("workspace://SpacesStore/check-1");
        NodeRef response = new NodeRef("workspace://SpacesStore/response-1");
        nodes.put(check, Map.of(PROP_CIN_OUTCOME, "notEvidenced", PROP_AGENCY, "safeguardingUnit",
                PROP_RECORDED_AT, Date.from(Instant.parse("2026-10-05T10:00:00Z"))));
        nodes.put(response, Map.of(PROP_AGENCY, "police", PROP_RECORDED_AT, Date.from(Instant.parse("2026-10-05T10:00:00Z"))));

        upkeep.onCreateEntry(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, "c"), check));
        upkeep.onCreateEntry(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, "r"), response));

        assertThat(register.cinChecks(ChallengeFilter.none(), AgencyScope.allAgencies()))
                .isEqualTo(new org.practicechallenge.protocol.report.CinCheckCounts(0, 1));
        upkeep.beforeDeleteEntry(check);
        assertThat(register.cinChecks(ChallengeFilter.none(), AgencyScope.allAgencies()).total()).isZero();
    }

    @Test
    void aChallengeInTheArchiveStoreIsNotRegistered()
    {
        upkeep.onUpdateProperties(new NodeRef("archive://SpacesStore/a"), Map.of(), Map.of());

        assertThat(listeners).isEmpty();
    }
}
