package org.practicechallenge.repo.webscript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.repo.record.pdf.ChallengeRecordPdf;
import org.practicechallenge.repo.report.ChallengeHistories;
import org.practicechallenge.repo.report.ChallengeHistory;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/challenges/{store_type}/{store_id}/{id}/record.pdf}: the challenge's case record as a
 * PDF download named after its reference ({@code PC-2026-1A2B3C4D.pdf}). The same reader and the same answers as the
 * history web script: 404 when the node does not exist or is not a challenge, 403 when the caller may not read it,
 * and the child's details only to a caller who may read the case folder.
 */
public class ChallengeRecordPdfGet extends PracticeChallengeWebScript
{
    static final String PDF = "application/pdf";

    private final ChallengeHistories histories;
    private final ChallengeRecordPdf record;

    public ChallengeRecordPdfGet(ChallengeHistories histories, ChallengeRecordPdf record)
    {
        this.histories = histories;
        this.record = record;
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        send(readableChallenge(histories, req), res);
    }

    private void send(ChallengeHistory history, WebScriptResponse res) throws IOException
    {
        // Drawn whole before the status is set: a failure half way must not reach the caller as a broken 200.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        record.write(history, pdf);
        res.setStatus(Status.STATUS_OK);
        res.setContentType(PDF);
        res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(history) + "\"");
        res.setHeader("Content-Length", Integer.toString(pdf.size()));
        res.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = res.getOutputStream())
        {
            pdf.writeTo(out);
        }
    }

    /** The reference with ".pdf"; only letters, digits and dashes, so nothing can break out of the header. */
    static String fileName(ChallengeHistory history)
    {
        Object reference = history.properties().stream().filter(field -> field.name().equals("reference"))
                .map(ChallengeHistory.Field::value).findFirst().orElse(null);
        String name = reference == null ? "" : reference.toString().replaceAll("[^A-Za-z0-9-]", "");
        return (name.isEmpty() ? "practice-challenge" : name) + ".pdf";
    }
}
