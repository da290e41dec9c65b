package org.practicechallenge.repo.retention.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.module.org_alfresco_module_rm.fileplan.FilePlanService;
import org.alfresco.module.org_alfresco_module_rm.record.RecordService;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.transaction.TransactionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedStatic;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.repo.SignedIn;
import org.practicechallenge.repo.audit.ChallengeAudit;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;
import org.springframework.beans.factory.BeanFactory;

/**
 * Governance Services' {@code RecordService} is a transactional proxy: a refusal thrown through it inside the closing
 * transaction marks that transaction rollback-only, so the challenge would never close. These tests hold the
 * declaration to the commit of the closing, in a transaction of its own, and show what a refusal leaves behind.
 */
class GovernanceServicesDeclarationTest
{
    private static final NodeRef FILE_PLAN = new NodeRef("workspace://SpacesStore/file-plan");

    private final MockedRepository repository = new MockedRepository();
    private final ContentService contentService = mock(ContentService.class);
    private final ContentWriter writer = mock(ContentWriter.class);
    private final RecordService recordService = mock(RecordService.class);
    private final FilePlanService filePlanService = mock(FilePlanService.class);
    private final RetryingTransactionHelper transactions = mock(RetryingTransactionHelper.class);
    private final AuditComponent auditComponent = mock(AuditComponent.class);
    private final List<TransactionListener> boundToTheClosing = new ArrayList<>();
    private final List<Boolean> newTransactions = new ArrayList<>();
    private final List<Map<String, Serializable>> audited = new ArrayList<>();

    private MockedStatic<AlfrescoTransactionSupport> transactionSupport;
    private SignedIn signedIn;
    private GovernanceServicesDeclaration declaration;
    private NodeRef challenge;

    @BeforeEach
    void governanceServicesInstalled() throws Throwable
    {
        signedIn = SignedIn.as("manager1");
        transactionSupport = mockStatic(AlfrescoTransactionSupport.class);
        transactionSupport.when(() -> AlfrescoTransactionSupport.bindListener(any())).thenAnswer(call ->
                boundToTheClosing.add(call.getArgument(0)));
        // As Alfresco's helper: runs the work, and a RuntimeException from it reaches the caller after the rollback.
        when(transactions.doInTransaction(any(), anyBoolean(), anyBoolean())).thenAnswer(call ->
        {
            newTransactions.add(call.getArgument(2));
            return ((RetryingTransactionCallback<?>) call.getArgument(0)).execute();
        });
        TransactionService transactionService = mock(TransactionService.class);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(transactions);
        when(auditComponent.areAuditValuesRequired(ChallengeAudit.ROOT)).thenReturn(true);
        when(auditComponent.recordAuditValues(eq(ChallengeAudit.ROOT + "/" + ChallengeAudit.RECORD_DECLARATION), anyMap()))
                .thenAnswer(call -> audited.add(call.getArgument(1)) ? Map.of() : Map.of());
        ChallengeAudit audit = new ChallengeAudit();
        audit.setAuditComponent(auditComponent);
        BeanFactory alfresco = mock(BeanFactory.class);
        when(alfresco.getBean("RecordService", RecordService.class)).thenReturn(recordService);
        when(alfresco.getBean("FilePlanService", FilePlanService.class)).thenReturn(filePlanService);
        when(contentService.getWriter(any(), eq(ContentModel.PROP_CONTENT), eq(true))).thenReturn(writer);

        declaration = new GovernanceServicesDeclaration(alfresco, repository.nodeService(), contentService, transactionService, audit);
        challenge = repository.node("challenge-1", PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE, Set.of(), Map.of());
    }

    @AfterEach
    void signOut()
    {
        transactionSupport.close();
        signedIn.close();
    }

    private void theClosingCommits()
    {
        assertThat(boundToTheClosing).hasSize(1);
        boundToTheClosing.get(0).afterCommit();
    }

    @Test
    void insideTheClosingTransactionNothingTouchesGovernanceServices()
    {
        declaration.declare(challenge, "PC-2026-1A2B3C01", "Practice challenge: PC-2026-1A2B3C01\n");

        assertThat(boundToTheClosing).hasSize(1);
        verifyNoInteractions(recordService, filePlanService, contentService, transactions);
    }

    @Test
    void afterTheClosingCommitsTheRecordIsWrittenDeclaredAndCompletedInATransactionOfItsOwn()
    {
        when(filePlanService.getFilePlanBySiteId(FilePlanService.DEFAULT_RM_SITE_ID)).thenReturn(FILE_PLAN);
        declaration.declare(challenge, "PC-2026-1A2B3C01", "Practice challenge: PC-2026-1A2B3C01\n");

        theClosingCommits();

        List<NodeRef> documents = repository.children(challenge, ContentModel.TYPE_CONTENT);
        assertThat(documents).hasSize(1);
        NodeRef record = documents.get(0);
        assertThat(repository.properties(record)).containsEntry(ContentModel.PROP_NAME, "PC-2026-1A2B3C01 case record.txt");
        InOrder order = inOrder(writer, recordService);
        order.verify(writer).setMimetype("text/plain");
        order.verify(writer).setEncoding("UTF-8");
        order.verify(writer).putContent("Practice challenge: PC-2026-1A2B3C01\n");
        order.verify(recordService).createRecord(null, record);
        order.verify(recordService).complete(record);
        assertThat(newTransactions).isNotEmpty().allMatch(Boolean.TRUE::equals);
        assertThat(signedIn.systemRuns()).isPositive();
        assertThat(audited).singleElement().satisfies(values -> assertThat(values)
                .containsEntry("/declared", true).containsEntry("/user", "manager1").containsEntry("/reason", null));
    }

    @Test
    void theRecordIsAddedToTheClosedChallengeAsTheCaseRecordsOwnWriteWhichItsIntegrityRulesAllow()
    {
        // In ACS the challenge is closed by now: CaseRecordIntegrity refuses a new child from anyone but the case record.
        List<Object> writers = new ArrayList<>();
        when(filePlanService.getFilePlanBySiteId(FilePlanService.DEFAULT_RM_SITE_ID)).thenAnswer(call ->
        {
            writers.add(RecordWrites.current().orElse(null));
            return FILE_PLAN;
        });
        org.mockito.Mockito.doAnswer(call -> writers.add(RecordWrites.current().orElse(null))).when(recordService).createRecord(any(), any());
        declaration.declare(challenge, "PC-2026-1A2B3C01", "text");

        theClosingCommits();

        assertThat(writers).hasSize(2).containsOnly(RecordWriter.CASE_RECORD);
        assertThat(RecordWrites.current()).isEmpty();
    }

    @Test
    void withNoFilePlanYetTheChallengeStaysClosedAndTheAuditSaysWhy()
    {
        when(filePlanService.getFilePlanBySiteId(FilePlanService.DEFAULT_RM_SITE_ID)).thenReturn(null);
        declaration.declare(challenge, "PC-2026-1A2B3C01", "text");

        assertThatCode(this::theClosingCommits).doesNotThrowAnyException();

        verify(recordService, never()).createRecord(any(), any());
        assertThat(repository.children(challenge, ContentModel.TYPE_CONTENT)).isEmpty();
        assertThat(audited).singleElement().satisfies(values -> assertThat(values)
                .containsEntry("/declared", false).containsEntry("/reason", GovernanceServicesDeclaration.NO_FILE_PLAN));
    }

    @Test
    void aRefusalByGovernanceServicesIsAuditedAndNeverReachesTheClosing()
    {
        when(filePlanService.getFilePlanBySiteId(FilePlanService.DEFAULT_RM_SITE_ID)).thenReturn(FILE_PLAN);
        doThrow(new IllegalStateException("Unable to create record, because record container could not be found."))
                .when(recordService).createRecord(any(), any());
        declaration.declare(challenge, "PC-2026-1A2B3C01", "text");

        assertThatCode(this::theClosingCommits).doesNotThrowAnyException();

        verify(recordService, never()).complete(any());
        assertThat(audited).singleElement().satisfies(values -> assertThat(values).containsEntry("/declared", false)
                .containsEntry("/reason", "Unable to create record, because record container could not be found."));
    }

    @Test
    void aClosingThatRolledBackDeclaresNothing()
    {
        declaration.declare(challenge, "PC-2026-1A2B3C01", "text");

        boundToTheClosing.get(0).afterRollback();

        verifyNoInteractions(recordService, filePlanService, transactions);
        assertThat(audited).isEmpty();
    }
}
