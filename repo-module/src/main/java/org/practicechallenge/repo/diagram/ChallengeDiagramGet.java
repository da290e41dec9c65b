package org.practicechallenge.repo.diagram;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.repo.report.ChallengeHistories;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/challenges/{store_type}/{store_id}/{id}/diagram}: a PNG of the challenge's process
 * with its current stage highlighted, for Share to show (through {@code /share/proxy/alfresco/...} in an
 * {@code <img>}). 404 when the node is not a challenge or has no process; 403 when the caller may not read it; the
 * same checks as the history web script ({@link ChallengeHistories#find}).
 */
public class ChallengeDiagramGet extends AbstractWebScript
{
    private final ChallengeHistories challenges;
    private final ChallengeDiagrams diagrams;

    public ChallengeDiagramGet(ChallengeHistories challenges, ChallengeDiagrams diagrams)
    {
        this.challenges = challenges;
        this.diagrams = diagrams;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        Map<String, String> vars = req.getServiceMatch().getTemplateVars();
        NodeRef challenge = new NodeRef(vars.get("store_type"), vars.get("store_id"), vars.get("id"));
        switch (challenges.find(challenge).outcome())
        {
            case NOT_FOUND -> refuse(res, Status.STATUS_NOT_FOUND, "there is no node " + challenge);
            case FORBIDDEN -> refuse(res, Status.STATUS_FORBIDDEN, "you may not read " + challenge);
            case NOT_A_CHALLENGE -> refuse(res, Status.STATUS_NOT_FOUND, challenge + " is not a practice challenge");
            case FOUND ->
            {
                Optional<ChallengeDiagrams.Diagram> diagram = diagrams.find(challenge.toString());
                if (diagram.isEmpty())
                {
                    refuse(res, Status.STATUS_NOT_FOUND, challenge + " has no workflow to draw");
                    return;
                }
                byte[] png = diagrams.png(diagram.get());
                res.setStatus(Status.STATUS_OK);
                res.setContentType("image/png");
                res.setHeader("Cache-Control", "no-cache");
                res.setHeader("Content-Length", Integer.toString(png.length));
                try (OutputStream out = res.getOutputStream())
                {
                    out.write(png);
                }
            }
        }
    }

    private static void refuse(WebScriptResponse res, int status, String message) throws IOException
    {
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        Writer writer = res.getWriter();
        writer.write("{\"status\":{\"code\":" + status + "},\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        writer.flush();
    }
}
