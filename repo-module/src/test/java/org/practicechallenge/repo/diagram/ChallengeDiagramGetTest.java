package org.practicechallenge.repo.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.report.ChallengeHistories;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** The diagram web script's answers, with the repository and the engine mocked. */
class ChallengeDiagramGetTest
{
    private static final NodeRef CHALLENGE = new NodeRef("workspace", "SpacesStore", "c1");

    private final ChallengeHistories histories = mock(ChallengeHistories.class);
    private final ChallengeDiagrams diagrams = mock(ChallengeDiagrams.class);
    private final ChallengeDiagramGet webScript = new ChallengeDiagramGet(histories, diagrams);

    @Test
    void aReadableChallengeGetsItsPng() throws Exception
    {
        found(ChallengeHistories.Outcome.FOUND);
        ChallengeDiagrams.Diagram diagram = new ChallengeDiagrams.Diagram("42", "pcPracticeChallenge:1:7", List.of("stage2Response"), false);
        when(diagrams.find(CHALLENGE.toString())).thenReturn(Optional.of(diagram));
        when(diagrams.png(diagram)).thenReturn(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Response res = new Response();
        webScript.execute(request(), res);

        assertThat(res.status).isEqualTo(200);
        assertThat(res.headers).containsEntry("Content-Type", "image/png").containsEntry("Content-Length", "4");
        assertThat(res.bytes.toByteArray()).containsExactly((byte) 0x89, 'P', 'N', 'G');
    }

    @Test
    void refusalsSayWhyAsJson() throws Exception
    {
        for (Map.Entry<ChallengeHistories.Outcome, Integer> refusal : Map.of(ChallengeHistories.Outcome.FORBIDDEN, 403,
                ChallengeHistories.Outcome.NOT_FOUND, 404, ChallengeHistories.Outcome.NOT_A_CHALLENGE, 404).entrySet())
        {
            found(refusal.getKey());
            Response res = new Response();
            webScript.execute(request(), res);
            assertThat(res.status).isEqualTo(refusal.getValue());
            assertThat(res.text.toString()).startsWith("{\"status\":{\"code\":" + refusal.getValue() + "},\"message\":\"")
                    .contains(CHALLENGE.toString());
            assertThat(res.bytes.size()).isZero();
        }
    }

    @Test
    void aChallengeWithoutAProcessIsNotFound() throws Exception
    {
        found(ChallengeHistories.Outcome.FOUND);
        when(diagrams.find(CHALLENGE.toString())).thenReturn(Optional.empty());
        Response res = new Response();
        webScript.execute(request(), res);
        assertThat(res.status).isEqualTo(404);
        assertThat(res.text.toString()).contains("has no workflow to draw");
    }

    private void found(ChallengeHistories.Outcome outcome)
    {
        when(histories.find(CHALLENGE)).thenReturn(new ChallengeHistories.Lookup(outcome, null));
    }

    private static WebScriptRequest request()
    {
        Match match = mock(Match.class);
        when(match.getTemplateVars()).thenReturn(Map.of("store_type", "workspace", "store_id", "SpacesStore", "id", "c1"));
        WebScriptRequest req = mock(WebScriptRequest.class);
        when(req.getServiceMatch()).thenReturn(match);
        return req;
    }

    /** A response like surf-webscripts' own: a writer for text and an output stream for bytes. */
    public static final class Response implements WebScriptResponse
    {
        int status;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter text = new StringWriter();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void setStatus(int status)
        {
            this.status = status;
        }

        @Override
        public void setHeader(String name, String value)
        {
            headers.put(name, value);
        }

        @Override
        public void setContentType(String contentType)
        {
            headers.put("Content-Type", contentType);
        }

        @Override
        public void setContentEncoding(String contentEncoding)
        {
            headers.put("Content-Encoding", contentEncoding);
        }

        @Override
        public Writer getWriter()
        {
            return text;
        }

        public OutputStream getOutputStream()
        {
            return bytes;
        }
    }
}
