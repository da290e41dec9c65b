package org.practicechallenge.repo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.module.org_alfresco_module_rm.record.RecordService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.repo.Challenges;
import org.practicechallenge.repo.MockedRepository;
import org.practicechallenge.repo.PracticeChallengeModel;

class RecordsDeclarationTest
{
    private final MockedRepository repository = new MockedRepository();
    private final ContentService contentService = mock(ContentService.class);
    private final ContentWriter writer = mock(ContentWriter.class);
    private final RecordService recordService = mock(RecordService.class);
    private final RecordsDeclaration declaration = new RecordsDeclaration();
    private NodeRef challenge;

    @BeforeEach
    void aClosedChallenge()
    {
        challenge = repository.node("challenge-1", PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE, Set.of(), java.util.Map.of());
        when(contentService.getWriter(any(), any(), org.mockito.ArgumentMatchers.anyBoolean())).thenReturn(writer);
        declaration.setNodeService(repository.nodeService());
        declaration.setContentService(contentService);
        declaration.setSettings(new Properties());
    }

    @Test
    void withGovernanceServicesTheRecordDocumentIsWrittenCreatedAsARecordAndCompleted()
    {
        declaration.setRecordService(recordService);

        NodeRef record = declaration.declare(challenge, "PC-2026-1A2B3C01", "Practice challenge: PC-2026-1A2B3C01\n");

        assertThat(repository.children(challenge, ContentModel.TYPE_CONTENT)).containsExactly(record);
        InOrder order = inOrder(writer, recordService);
        order.verify(writer).setMimetype("text/plain");
        order.verify(writer).setEncoding("UTF-8");
        order.verify(writer).putContent("Practice challenge: PC-2026-1A2B3C01\n");
        order.verify(recordService).createRecord(null, record);
        order.verify(recordService).complete(record);
        verify(contentService).getWriter(record, ContentModel.PROP_CONTENT, true);
    }

    @Test
    void withoutGovernanceServicesNothingIsDeclaredAndNothingIsWritten()
    {
        declaration.setRecordService(null);
        declaration.init();

        assertThat(declaration.isOn()).isFalse();
        assertThat(declaration.declare(challenge, "PC-2026-1A2B3C01", "text")).isNull();
        verify(repository.nodeService(), never()).createNode(any(), any(), any(), any(), anyMap());
    }

    @Test
    void thePartnershipMaySwitchDeclarationOffWithGovernanceServicesInstalled()
    {
        Properties off = new Properties();
        off.setProperty("practicechallenge.records.declare", "false");
        declaration.setRecordService(recordService);
        declaration.setSettings(off);

        assertThat(declaration.declare(challenge, "PC-2026-1A2B3C01", "text")).isNull();
        verify(recordService, never()).createRecord(any(), any());
    }

    @Test
    void theRecordReadsAsTheChallengeAndItsEntriesInTheOrderTheyWereMade()
    {
        Challenge closed = Challenges.decided(Challenges.professionalDifference("workspace://SpacesStore/case-1"), "resolved",
                Instant.parse("2026-08-25T09:00:00Z"));
        CaseRecordEntry decision = Challenges.decisionEntry(closed, "resolved", Instant.parse("2026-08-25T09:00:00Z"));
        CaseRecordEntry raised = Challenges.raisedEntry(closed);

        String text = ChallengeRecordText.render(closed, "PC-2026-1A2B3C01", List.of(decision, raised), ZoneId.of("Europe/London"));

        assertThat(text).startsWith("Practice challenge: PC-2026-1A2B3C01\n")
                .contains("Status: resolved\n", "Outcome: resolved\n", "Closed: 2026-08-25 10:00\n");
        assertThat(text.indexOf("Entry: raised")).isLessThan(text.indexOf("Entry: decision"));
    }
}
