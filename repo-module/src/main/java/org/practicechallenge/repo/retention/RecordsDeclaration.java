package org.practicechallenge.repo.retention;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Declares a closed challenge a record when Alfresco Governance Services is installed. Plain ACS has no Governance
 * Services classes at all, so this port names none of them: {@link RecordsDeclarationFactory} picks the
 * implementation at startup, and only {@code repo.retention.governance} may name an AGS type (ArchUnit holds it).
 */
public interface RecordsDeclaration
{
    /** The setting that switches declaration off even with Governance Services installed. */
    String SETTING = "practicechallenge.records.declare";

    /** Whether closed challenges are declared at all. */
    boolean isOn();

    /**
     * Asks for the closed challenge's record to be declared. Closing never depends on it: a declaration that cannot
     * happen (no file plan yet, say) is logged and audited, and the challenge stays closed.
     */
    void declare(NodeRef challenge, String reference, String text);
}
