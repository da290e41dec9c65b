package org.practicechallenge.repo.record;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.repo.retention.RecordsDeclaration;

/** The records port as the case record sees it: what it was asked to declare, with or without Governance Services. */
final class DeclaredRecords implements RecordsDeclaration
{
    record Request(NodeRef challenge, String reference, String text)
    {
    }

    private final boolean on;
    private final List<Request> requests = new ArrayList<>();

    private DeclaredRecords(boolean on)
    {
        this.on = on;
    }

    static DeclaredRecords installed()
    {
        return new DeclaredRecords(true);
    }

    static DeclaredRecords notInstalled()
    {
        return new DeclaredRecords(false);
    }

    @Override
    public boolean isOn()
    {
        return on;
    }

    @Override
    public void declare(NodeRef challenge, String reference, String text)
    {
        if (on)
        {
            requests.add(new Request(challenge, reference, text));
        }
    }

    List<Request> requests()
    {
        return requests;
    }
}
