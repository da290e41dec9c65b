package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.repo.report.ChallengeHistories;
import org.practicechallenge.repo.report.ChallengeHistory;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/challenges/{store_type}/{store_id}/{id}/history}: one challenge's properties and its
 * case-record entries, oldest first. 404 when the node does not exist or is not a {@code pc:practiceChallenge};
 * 403 when the caller may not read it. The child's identifier and name come only to a caller who may read the case
 * folder; otherwise they are {@code null} and {@code caseFolder.readable} is false.
 */
public class ChallengeHistoryGet extends PracticeChallengeWebScript
{
    private final ChallengeHistories histories;

    public ChallengeHistoryGet(ChallengeHistories histories)
    {
        this.histories = histories;
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        write(readableChallenge(histories, req), json(res, Status.STATUS_OK));
    }

    private static void write(ChallengeHistory history, JsonWriter json) throws IOException
    {
        ChallengeHistory.CaseFolder folder = history.caseFolder();
        json.beginObject()
                .name("nodeRef").value(history.nodeRef())
                .name("caseFolder").beginObject()
                .name("nodeRef").value(folder.nodeRef())
                .name("readable").value(folder.readable())
                .name("childIdentifier").value(folder.childIdentifier())
                .name("childName").value(folder.childName())
                .endObject();
        fields(json, history.properties());
        json.name("entries").beginArray();
        for (List<ChallengeHistory.Field> entry : history.entries())
        {
            json.beginObject();
            fields(json, entry);
            json.endObject();
        }
        json.endArray().endObject().flush();
    }

    private static void fields(JsonWriter json, List<ChallengeHistory.Field> fields) throws IOException
    {
        for (ChallengeHistory.Field field : fields)
        {
            json.name(field.name());
            Object value = field.value();
            if (value instanceof Boolean flag)
            {
                json.value(flag.booleanValue());
            }
            else if (value instanceof Instant instant)
            {
                json.value(iso(instant));
            }
            else if (value instanceof LocalDate day)
            {
                json.value(day.toString());
            }
            else
            {
                json.value(value == null ? null : value.toString());
            }
        }
    }
}
