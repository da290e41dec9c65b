package org.practicechallenge.repo.retention;

import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration off: Governance Services is not installed, or the partnership switched declaration off. */
final class NoRecordsDeclaration implements RecordsDeclaration
{
    @Override
    public boolean isOn()
    {
        return false;
    }

    @Override
    public void declare(NodeRef challenge, String reference, String text)
    {
        // Each challenge still carries pc:retainUntil from the retention schedule.
    }
}
