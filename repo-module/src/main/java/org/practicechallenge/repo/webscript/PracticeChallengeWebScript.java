package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.repo.report.ChallengeHistories;
import org.practicechallenge.repo.report.ChallengeHistory;
import org.practicechallenge.protocol.ProtocolViolation;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * Base of our Java-backed web scripts.
 *
 * <p>Why {@link AbstractWebScript} writing JSON itself rather than {@code DeclarativeWebScript} with FreeMarker:
 * the contracts are fixed for the Share dashlet, errors must be exactly {@code {"status":{"code":400},"message":...}}
 * (the framework's status templates add server, time and, in debug, a call stack), a 100 000-row report should
 * stream rather than become a template model, and a test can then call {@link #execute} with a mocked request and
 * response and read the body from a {@code StringWriter}, with nothing of Alfresco's own rendering involved.
 *
 * <p>Subclasses read their parameters inside {@link #parameters}, so that a {@link ProtocolViolation} there (and
 * only there) becomes a 400; a violation anywhere else is our fault and must not look like the caller's.
 */
public abstract class PracticeChallengeWebScript extends AbstractWebScript
{
    static final String JSON = "application/json;charset=UTF-8";
    /** Alfresco's ISO 8601 form for datetimes in JSON, always UTC with milliseconds. */
    private static final DateTimeFormatter ISO_INSTANT_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public final void execute(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        try
        {
            respond(req, res);
        }
        catch (Refusal refusal)
        {
            JsonWriter json = json(res, refusal.status());
            json.beginObject()
                    .name("status").beginObject().name("code").value(refusal.status()).endObject()
                    .name("message").value(refusal.getMessage())
                    .endObject().flush();
        }
    }

    protected abstract void respond(WebScriptRequest req, WebScriptResponse res) throws IOException;

    /** Reads parameters; a protocol violation while doing so is the caller's mistake, answered with a 400. */
    static <T> T parameters(Supplier<T> reading)
    {
        try
        {
            return reading.get();
        }
        catch (ProtocolViolation violation)
        {
            throw Refusal.badRequest(violation);
        }
    }

    /** The challenge the URL names ({store_type}/{store_id}/{id}), if the caller may read it; otherwise a 404 or 403. */
    static ChallengeHistory readableChallenge(ChallengeHistories histories, WebScriptRequest req)
    {
        Map<String, String> vars = req.getServiceMatch().getTemplateVars();
        NodeRef challenge = new NodeRef(vars.get("store_type"), vars.get("store_id"), vars.get("id"));
        ChallengeHistories.Lookup lookup = histories.find(challenge);
        return switch (lookup.outcome())
        {
            case NOT_FOUND -> throw Refusal.notFound("there is no node " + challenge);
            case FORBIDDEN -> throw Refusal.forbidden("you may not read " + challenge);
            case NOT_A_CHALLENGE -> throw Refusal.notFound(challenge + " is not a practice challenge");
            case FOUND -> lookup.history();
        };
    }

    static JsonWriter json(WebScriptResponse res, int status) throws IOException
    {
        res.setStatus(status);
        res.setContentType(JSON);
        res.setContentEncoding(StandardCharsets.UTF_8.name());
        res.setHeader("Cache-Control", "no-cache");
        return new JsonWriter(res.getWriter());
    }

    static String iso(Instant instant)
    {
        return instant == null ? null : ISO_INSTANT_MILLIS.format(instant);
    }
}
