package org.practicechallenge.repo.webscript;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.practicechallenge.protocol.Agency;
import org.practicechallenge.protocol.PartnershipSettings;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /practicechallenge/agencies}: the partnership's agencies as {@code [{"code","name"}]}, by name, so that
 * Share's pick-lists offer exactly what the repository accepts and agencies are configured in one place.
 */
public class AgenciesGet extends PracticeChallengeWebScript
{
    private final PartnershipSettings settings;

    public AgenciesGet(PartnershipSettings settings)
    {
        this.settings = settings;
    }

    @Override
    protected void respond(WebScriptRequest req, WebScriptResponse res) throws IOException
    {
        List<Agency> agencies = settings.agencies().agencies().stream()
                .sorted(Comparator.comparing(Agency::name, String.CASE_INSENSITIVE_ORDER)).toList();
        JsonWriter json = json(res, Status.STATUS_OK).beginArray();
        for (Agency agency : agencies)
        {
            json.beginObject().name("code").value(agency.code()).name("name").value(agency.name()).endObject();
        }
        json.endArray().flush();
    }
}
