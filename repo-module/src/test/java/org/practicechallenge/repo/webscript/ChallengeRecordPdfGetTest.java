package org.practicechallenge.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.repo.ModuleDefaults;
import org.practicechallenge.repo.record.pdf.ChallengeRecordPdf;
import org.practicechallenge.repo.report.CallerAccess;
import org.practicechallenge.repo.report.ChallengeHistories;
import org.practicechallenge.repo.report.ReportLabels;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** The record PDF as a reader gets it: produced, opened with PDFBox and its text read back. */
class ChallengeRecordPdfGetTest
{
    private static final NodeRef CHALLENGE = new NodeRef("workspace://SpacesStore/c7");
    private static final NodeRef CASE_FOLDER = new NodeRef("workspace://SpacesStore/case1");
    private static final NodeRef RAISED = new NodeRef("workspace://SpacesStore/e1");
    private static final NodeRef RESPONSE = new NodeRef("workspace://SpacesStore/e2");
    private static final NodeRef DECISION = new NodeRef("workspace://SpacesStore/e3");

    private final NodeService nodeService = mock(NodeService.class);
    private final CallerAccess access = mock(CallerAccess.class);
    private final PartnershipSettings settings = ModuleDefaults.partnership();
    private final ChallengeRecordPdfGet record = new ChallengeRecordPdfGet(
            new ChallengeHistories(nodeService, access, settings),
            new ChallengeRecordPdf(new ReportLabels(settings), settings));
    private final Map<QName, Serializable> response = new HashMap<>();

    private final WebScriptResponse res = mock(WebScriptResponse.class);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final StringWriter json = new StringWriter();

    private static Date at(String instant)
    {
        return Date.from(Instant.parse(instant));
    }

    @BeforeEach
    void aConferenceChallengeWithThreeEntriesInSamsCaseFolder() throws IOException
    {
        when(res.getOutputStream()).thenReturn(bytes);
        when(res.getWriter()).thenReturn(json);
        when(nodeService.exists(CHALLENGE)).thenReturn(true);
        when(access.canRead(any())).thenReturn(true);
        when(nodeService.getType(CHALLENGE)).thenReturn(TYPE_PRACTICE_CHALLENGE);
        Map<QName, Serializable> challenge = new HashMap<>();
        challenge.put(PROP_REFERENCE, "PC-2026-1A2B3C4D");
        challenge.put(PROP_KIND, "conferenceChallenge");
        challenge.put(PROP_STAGE, "stage2");
        challenge.put(PROP_STATUS, "open");
        challenge.put(PROP_RAISING_AGENCY, "safeguardingUnit");
        challenge.put(PROP_RAISED_BY, "cara.chair");
        challenge.put(PROP_RESPONDING_AGENCY, "socialCare");
        challenge.put(PROP_CHALLENGED_PRACTITIONER, "sam.social");
        challenge.put(PROP_ISSUE_CATEGORY, "reportBelowStandard");
        challenge.put(PROP_ISSUE_SUMMARY, "The conference report lacked analysis");
        challenge.put(PROP_IMMEDIATE_WELFARE_CONCERN, Boolean.FALSE);
        challenge.put(PROP_RAISED_DATE, at("2026-10-01T09:00:00Z"));
        challenge.put(PROP_DUE_DATE, at("2026-10-19T23:00:00Z"));
        when(nodeService.getProperties(CHALLENGE)).thenReturn(challenge);
        when(nodeService.getPrimaryParent(CHALLENGE)).thenReturn(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CASE_FOLDER, QName.createQName(NAMESPACE, "c7"), CHALLENGE));
        when(nodeService.getProperties(CASE_FOLDER)).thenReturn(Map.of(PROP_CHILD_IDENTIFIER, "C123", PROP_CHILD_NAME, "Sam Smith"));
        // The repository lists the entries newest first; the record puts them oldest first.
        when(nodeService.getChildAssocs(CHALLENGE, Set.of(TYPE_CASE_RECORD_ENTRY))).thenReturn(List.of(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CHALLENGE, QName.createQName(NAMESPACE, "e3"), DECISION),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CHALLENGE, QName.createQName(NAMESPACE, "e2"), RESPONSE),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CHALLENGE, QName.createQName(NAMESPACE, "e1"), RAISED)));
        when(nodeService.getProperties(RAISED)).thenReturn(Map.of(PROP_ENTRY_KIND, "raised", PROP_ENTRY_STAGE, "stage1",
                PROP_AUTHOR, "cara.chair", PROP_AGENCY, "safeguardingUnit", PROP_RECORDED_AT, at("2026-10-01T09:00:00Z")));
        response.putAll(Map.of(PROP_ENTRY_KIND, "response", PROP_ENTRY_STAGE, "stage1",
                PROP_DISCUSSION_METHOD, "meeting", PROP_FACTS, "Met the social worker on 5 October.",
                PROP_OPINION, "The plan lacks detail.", PROP_ENTRY_OUTCOME, "escalate",
                PROP_AUTHOR, "sam.social", PROP_AGENCY, "socialCare", PROP_RECORDED_AT, at("2026-10-05T14:30:00Z")));
        when(nodeService.getProperties(RESPONSE)).thenReturn(response);
        when(nodeService.getProperties(DECISION)).thenReturn(Map.of(PROP_ENTRY_KIND, "decision", PROP_ENTRY_STAGE, "stage2",
                PROP_DISCUSSION_METHOD, "telephone", PROP_FACTS, "Managers spoke on 12 October.",
                PROP_OPINION, "Escalation was warranted.", PROP_AGREED_ACTIONS, "Revise the report by 30 October.",
                PROP_AUTHOR, "mo.manager", PROP_AGENCY, "socialCare", PROP_RECORDED_AT, at("2026-10-12T10:00:00Z")));
    }

    @Test
    void theRecordIsAPdfDownloadNamedAfterTheReference() throws IOException
    {
        call(CHALLENGE);

        verify(res).setStatus(200);
        verify(res).setContentType("application/pdf");
        verify(res).setHeader("Content-Disposition", "attachment; filename=\"PC-2026-1A2B3C4D.pdf\"");
        verify(res).setHeader("Content-Length", Integer.toString(bytes.size()));
        assertThat(new String(bytes.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(json.toString()).isEmpty();
    }

    @Test
    void theRecordSaysWhatTheChallengeIsInWordsNotCodes() throws IOException
    {
        String text = flat(text(call(CHALLENGE)));

        assertThat(text).startsWith("Practice challenge PC-2026-1A2B3C4D ");
        assertThat(text).contains("Child's name Sam Smith", "Child identifier C123",
                "Kind of challenge Conference challenge", "Raised by Safeguarding Unit (cara.chair)",
                "Raised with Children's Social Care", "Practitioner challenged sam.social", "Practice issue Report below an acceptable standard",
                "Summary of the issue The conference report lacked analysis",
                "Immediate concern for the child's welfare No", "Stage reached Stage 2", "Status Open",
                "Raised on 1 Oct 2026", "Response due 20 Oct 2026");
        assertThat(text).doesNotContain("conferenceChallenge", "socialCare", "stage2", "reportBelowStandard",
                "workspace://", "Closed on");
    }

    @Test
    void theEntriesComeOldestFirstEachWithWhoWhenAndHow() throws IOException
    {
        String text = flat(text(call(CHALLENGE)));

        int raised = text.indexOf("1. Challenge raised");
        int response = text.indexOf("2. Response");
        int decision = text.indexOf("3. Decision");
        assertThat(raised).isPositive();
        assertThat(response).isGreaterThan(raised);
        assertThat(decision).isGreaterThan(response);
        assertThat(text.substring(response, decision)).contains("Stage Stage 1", "Recorded by sam.social",
                "Agency Children's Social Care", "Recorded at 5 Oct 2026, 15:30",
                "How the discussion took place Meeting", "Outcome Escalated");
        assertThat(text.substring(decision)).contains("Stage Stage 2", "Recorded at 12 Oct 2026, 11:00",
                "How the discussion took place Telephone call", "Agreed actions Revise the report by 30 October.");
    }

    @Test
    void factsAndOpinionStandUnderTheirOwnHeadings() throws IOException
    {
        String text = flat(text(call(CHALLENGE)));
        String entry = text.substring(text.indexOf("2. Response"), text.indexOf("3. Decision"));

        String facts = between(entry, "Facts ", " Professional opinion ");
        String opinion = between(entry, " Professional opinion ", " Outcome ");
        assertThat(facts).isEqualTo("Met the social worker on 5 October.");
        assertThat(opinion).isEqualTo("The plan lacks detail.");
        String raised = text.substring(text.indexOf("1. Challenge raised"), text.indexOf("2. Response"));
        assertThat(raised).as("an entry without facts or opinion still shows both headings")
                .contains("Facts Not given Professional opinion Not given");
    }

    @Test
    void longFactsWrapAndFlowOntoTheNextPage() throws IOException
    {
        StringBuilder facts = new StringBuilder("First of many facts.");
        for (int i = 2; i <= 150; i++)
        {
            facts.append(" Fact number ").append(i).append(" was recorded at the meeting with everyone present.");
        }
        facts.append("\nLast fact, on a line of its own.");
        response.put(PROP_FACTS, facts.toString());

        try (PDDocument pdf = Loader.loadPDF(call(CHALLENGE)))
        {
            int pages = pdf.getNumberOfPages();
            int lastFact = 1;
            while (lastFact <= pages && !page(pdf, lastFact).contains("Last fact"))
            {
                lastFact++;
            }
            assertThat(lastFact).as("the page the facts end on").isBetween(2, pages);
            String first = page(pdf, 1);
            assertThat(first).contains("First of many facts.");
            assertThat(text(pdf).lines().filter(line -> line.contains("Fact number")).count())
                    .as("the facts are wrapped into many lines, not one run off the page").isGreaterThan(50);
            assertThat(rightmostGlyphEnd(pdf)).as("no text beyond the right margin of A4 (595 points wide, 57 margin)")
                    .isLessThanOrEqualTo(595f - 57f + 0.5f);
            assertThat(flat(page(pdf, lastFact))).contains(
                    "Last fact, on a line of its own. Professional opinion The plan lacks detail.",
                    "PC-2026-1A2B3C4D, page " + lastFact + " of " + pages);
            // Each page's footer comes at the end of its text, so it is taken out before reading across pages.
            String all = flat(text(pdf)).replaceAll("Practice challenge PC-2026-1A2B3C4D, page \\d+ of \\d+ ", "");
            int previous = all.indexOf("First of many facts.");
            for (int i = 2; i <= 150; i++)
            {
                int at = all.indexOf("Fact number " + i + " was recorded at the meeting with everyone present.");
                assertThat(at).as("fact %d whole and after fact %d", i, i - 1).isGreaterThan(previous);
                previous = at;
            }
        }
    }

    @Test
    void aCallerWhoMayNotReadTheCaseFolderIsNotToldWhoTheChildIs() throws IOException
    {
        when(access.canRead(CASE_FOLDER)).thenReturn(false);

        String text = flat(text(call(CHALLENGE)));

        assertThat(text).contains("Child's name Not open to you", "Child identifier Not open to you")
                .doesNotContain("Sam Smith", "C123");
        verify(nodeService, never()).getProperties(CASE_FOLDER);
    }

    @Test
    void charactersHelveticaLacksPrintAsQuestionMarksRatherThanFailingTheRecord() throws IOException
    {
        response.put(PROP_FACTS, "Spoke to \u0141ukasz \uD83D\uDE00 and Zo\u00eb\tat 5pm.");

        String text = flat(text(call(CHALLENGE)));

        assertThat(text).contains("Spoke to ?ukasz ? and Zo\u00eb at 5pm.");
    }

    @Test
    void aCallerWhoMayNotReadTheChallengeIsForbiddenAndGetsNoPdf() throws IOException
    {
        when(access.canRead(CHALLENGE)).thenReturn(false);

        call(CHALLENGE);

        verify(res).setStatus(403);
        assertThat(json.toString()).isEqualTo("{\"status\":{\"code\":403},\"message\":\"you may not read workspace://SpacesStore/c7\"}");
        assertThat(bytes.size()).isZero();
        verify(nodeService, never()).getProperties(any());
    }

    @Test
    void aNodeThatIsMissingOrNotAChallengeIsNotFound() throws IOException
    {
        call(new NodeRef("workspace://SpacesStore/missing"));
        when(nodeService.getType(CHALLENGE)).thenReturn(ContentModel.TYPE_FOLDER);
        call(CHALLENGE);

        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
        verify(res, org.mockito.Mockito.times(2)).setStatus(status.capture());
        assertThat(status.getAllValues()).containsExactly(404, 404);
        assertThat(json.toString()).isEqualTo("{\"status\":{\"code\":404},\"message\":\"there is no node workspace://SpacesStore/missing\"}"
                + "{\"status\":{\"code\":404},\"message\":\"workspace://SpacesStore/c7 is not a practice challenge\"}");
        assertThat(bytes.size()).isZero();
    }

    private byte[] call(NodeRef node) throws IOException
    {
        WebScriptRequest req = mock(WebScriptRequest.class);
        Match match = mock(Match.class);
        when(match.getTemplateVars()).thenReturn(Map.of("store_type", node.getStoreRef().getProtocol(),
                "store_id", node.getStoreRef().getIdentifier(), "id", node.getId()));
        when(req.getServiceMatch()).thenReturn(match);
        record.execute(req, res);
        return bytes.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException
    {
        try (PDDocument document = Loader.loadPDF(pdf))
        {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException
    {
        return new PDFTextStripper().getText(document);
    }

    private static String page(PDDocument document, int page) throws IOException
    {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The right edge of the right-most character on any page, in points from the left edge of the page. */
    private static float rightmostGlyphEnd(PDDocument document) throws IOException
    {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper()
        {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException
            {
                for (TextPosition position : positions)
                {
                    rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        return rightmost[0];
    }

    /** The text with every run of spaces and line breaks as one space, so wrapping does not matter. */
    private static String flat(String text)
    {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String between(String text, String start, String end)
    {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in %s", start, text).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("'%s' after '%s' in %s", end, start, text).isNotNegative();
        return text.substring(from + start.length(), to);
    }
}
