package org.practicechallenge.repo.webscript;

import org.practicechallenge.repo.ModuleDefaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;
import static org.practicechallenge.repo.webscript.WebScriptCall.get;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.ChallengeHistories;

class ChallengeHistoryGetTest
{
    private static final NodeRef CHALLENGE = new NodeRef("workspace://SpacesStore/c7");
    private static final NodeRef CASE_FOLDER = new NodeRef("workspace://SpacesStore/case1");
    private static final NodeRef RAISED = new NodeRef("workspace://SpacesStore/e1");
    private static final NodeRef RESPONSE = new NodeRef("workspace://SpacesStore/e2");

    private final NodeService nodeService = mock(NodeService.class);
    private final CallerAccess access = mock(CallerAccess.class);
    private final ChallengeHistoryGet history =
            new ChallengeHistoryGet(new ChallengeHistories(nodeService, access, ModuleDefaults.partnership()));

    private static Date at(String instant)
    {
        return Date.from(Instant.parse(instant));
    }

    private static WebScriptCall historyOf(NodeRef node)
    {
        return get().templateVar("store_type", node.getStoreRef().getProtocol())
                .templateVar("store_id", node.getStoreRef().getIdentifier()).templateVar("id", node.getId());
    }

    @BeforeEach
    void aConferenceChallengeWithTwoEntriesInSamsCaseFolder()
    {
        when(nodeService.exists(CHALLENGE)).thenReturn(true);
        when(access.canRead(any())).thenReturn(true);
        when(nodeService.getType(CHALLENGE)).thenReturn(TYPE_PRACTICE_CHALLENGE);
        Map<QName, Serializable> challenge = new HashMap<>();
        challenge.put(PROP_REFERENCE, "PC-2026-0007");
        challenge.put(PROP_KIND, "conferenceChallenge");
        challenge.put(PROP_STAGE, "stage2");
        challenge.put(PROP_STATUS, "open");
        challenge.put(PROP_RAISING_AGENCY, "safeguardingUnit");
        challenge.put(PROP_RESPONDING_AGENCY, "socialCare");
        challenge.put(PROP_ISSUE_SUMMARY, "Report <b>lacked</b> analysis");
        challenge.put(PROP_IMMEDIATE_WELFARE_CONCERN, Boolean.FALSE);
        challenge.put(PROP_RAISED_DATE, at("2026-10-01T09:00:00Z"));
        challenge.put(PROP_DUE_DATE, at("2026-10-19T23:00:00Z"));
        when(nodeService.getProperties(CHALLENGE)).thenReturn(challenge);
        when(nodeService.getPrimaryParent(CHALLENGE)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, "c7"), CHALLENGE));
        when(nodeService.getProperties(CASE_FOLDER)).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123", PROP_CHILD_NAME, "Sam Smith"));
        // The repository lists the response before the raised entry; the history puts them oldest first.
        when(nodeService.getChildAssocs(CHALLENGE, Set.of(TYPE_CASE_RECORD_ENTRY))).thenReturn(List.of(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CHALLENGE, QName.createQName(NAMESPACE, "e2"), RESPONSE),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CHALLENGE, QName.createQName(NAMESPACE, "e1"), RAISED)));
        when(nodeService.getProperties(RAISED)).thenReturn(Map.of(PROP_ENTRY_KIND, "raised", PROP_ENTRY_STAGE, "stage1",
                PROP_AUTHOR, "chair1", PROP_AGENCY, "safeguardingUnit", PROP_RECORDED_AT, at("2026-10-01T09:00:00Z")));
        when(nodeService.getProperties(RESPONSE)).thenReturn(Map.of(PROP_ENTRY_KIND, "response", PROP_ENTRY_STAGE, "stage1",
                PROP_DISCUSSION_METHOD, "meeting", PROP_FACTS, "Met on 5 October.", PROP_OPINION, "Plan lacks detail.",
                PROP_AUTHOR, "sw1", PROP_AGENCY, "socialCare", PROP_RECORDED_AT, at("2026-10-05T14:30:00Z")));
    }

    @Test
    void theHistoryShowsTheChallengeItsChildAndItsEntriesOldestFirst()
    {
        WebScriptCall call = historyOf(CHALLENGE).to(history);

        assertThat(call.status()).isEqualTo(200);
        String body = call.body();
        assertThat(body).startsWith("{\"nodeRef\":\"workspace://SpacesStore/c7\",\"caseFolder\":{\"nodeRef\":"
                + "\"workspace://SpacesStore/case1\",\"readable\":true,\"childIdentifier\":\"C123\",\"childName\":\"Sam Smith\"},"
                + "\"reference\":\"PC-2026-0007\",\"kind\":\"conferenceChallenge\",\"stage\":\"stage2\",\"startStage\":null,"
                + "\"status\":\"open\",");
        assertThat(body).contains("\"issueSummary\":\"Report \\u003Cb\\u003Elacked\\u003C/b\\u003E analysis\"",
                "\"immediateWelfareConcern\":false,", "\"lineManagerConsulted\":null,",
                "\"raisedDate\":\"2026-10-01T09:00:00.000Z\"", "\"dueDate\":\"2026-10-20\"");
        assertThat(body).endsWith("\"entries\":["
                + "{\"kind\":\"raised\",\"stage\":\"stage1\",\"method\":null,\"facts\":null,\"opinion\":null,\"outcome\":null,"
                + "\"cinOutcome\":null,\"outcomeSummary\":null,\"agreedActions\":null,\"author\":\"chair1\","
                + "\"agency\":\"safeguardingUnit\",\"recordedAt\":\"2026-10-01T09:00:00.000Z\"},"
                + "{\"kind\":\"response\",\"stage\":\"stage1\",\"method\":\"meeting\",\"facts\":\"Met on 5 October.\","
                + "\"opinion\":\"Plan lacks detail.\",\"outcome\":null,\"cinOutcome\":null,\"outcomeSummary\":null,"
                + "\"agreedActions\":null,\"author\":\"sw1\",\"agency\":\"socialCare\",\"recordedAt\":\"2026-10-05T14:30:00.000Z\"}]}");
    }

    @Test
    void aCallerWhoMayReadTheChallengeButNotTheCaseFolderIsNotToldWhoTheChildIs()
    {
        when(access.canRead(CASE_FOLDER)).thenReturn(false);

        WebScriptCall call = historyOf(CHALLENGE).to(history);

        assertThat(call.body()).contains("\"caseFolder\":{\"nodeRef\":\"workspace://SpacesStore/case1\","
                + "\"readable\":false,\"childIdentifier\":null,\"childName\":null}")
                .doesNotContain("Sam Smith", "C123");
        verify(nodeService, never()).getProperties(CASE_FOLDER);
    }

    @Test
    void aNodeThatDoesNotExistIsNotFound()
    {
        NodeRef missing = new NodeRef("workspace://SpacesStore/missing");

        WebScriptCall call = historyOf(missing).to(history);

        assertThat(call.status()).isEqualTo(404);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":404},\"message\":\"there is no node workspace://SpacesStore/missing\"}");
    }

    @Test
    void aCallerWhoMayNotReadTheChallengeIsForbiddenAndLearnsNothingOfIt()
    {
        when(access.canRead(CHALLENGE)).thenReturn(false);

        WebScriptCall call = historyOf(CHALLENGE).to(history);

        assertThat(call.status()).isEqualTo(403);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":403},\"message\":\"you may not read workspace://SpacesStore/c7\"}");
        verify(nodeService, never()).getType(any());
        verify(nodeService, never()).getProperties(any());
    }

    @Test
    void aNodeThatIsNotAPracticeChallengeIsNotFound()
    {
        when(nodeService.getType(CHALLENGE)).thenReturn(ContentModel.TYPE_FOLDER);

        WebScriptCall call = historyOf(CHALLENGE).to(history);

        assertThat(call.status()).isEqualTo(404);
        assertThat(call.body()).isEqualTo("{\"status\":{\"code\":404},\"message\":\"workspace://SpacesStore/c7 is not a practice challenge\"}");
    }
}
