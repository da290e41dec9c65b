package org.practicechallenge.repo.audit;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageOutcome;

/**
 * The data producer of the {@code practicechallenge} audit application (audit/practice-challenge-audit.xml): every
 * stage change, outcome, access grant and withdrawal, with who did it, which challenge, and from/to. Values go to
 * {@code /practicechallenge/<event>/<value>}; the application's PathMap and RecordValues pick them up there.
 */
public class ChallengeAudit
{
    public static final String ROOT = "/practicechallenge";
    public static final String STAGE_CHANGE = "stageChange";
    public static final String OUTCOME = "outcome";
    public static final String ACCESS_GRANT = "accessGrant";
    public static final String ACCESS_WITHDRAWN = "accessWithdrawn";
    public static final String RECORD_DECLARATION = "recordDeclaration";

    private AuditComponent auditComponent;

    public void setAuditComponent(AuditComponent auditComponent)
    {
        this.auditComponent = auditComponent;
    }

    /** A challenge was raised ({@code from} is null) or moved from one stage to another. */
    public void stageChanged(NodeRef challenge, String reference, Stage from, Stage to)
    {
        Map<String, Serializable> values = about(challenge, reference);
        values.put("/from", from == null ? null : from.code());
        values.put("/to", to.code());
        record(STAGE_CHANGE, values);
    }

    /** The challenge closed with this outcome at this stage. */
    public void outcomeRecorded(NodeRef challenge, String reference, Stage stage, StageOutcome outcome, ChallengeStatus status)
    {
        Map<String, Serializable> values = about(challenge, reference);
        values.put("/stage", stage.code());
        values.put("/outcome", outcome == null ? null : outcome.code());
        values.put("/status", status.code());
        record(OUTCOME, values);
    }

    /** Someone was given a permission on the challenge or on its case folder because of the challenge. */
    public void accessGranted(NodeRef challenge, String reference, NodeRef node, String authority, String permission)
    {
        Map<String, Serializable> values = about(challenge, reference);
        values.put("/node", node.toString());
        values.put("/authority", authority);
        values.put("/permission", permission);
        record(ACCESS_GRANT, values);
    }

    /** A permission this challenge gave on its case folder was taken back when it closed. */
    public void accessWithdrawn(NodeRef challenge, String reference, NodeRef node, String authority, String permission)
    {
        Map<String, Serializable> values = about(challenge, reference);
        values.put("/node", node.toString());
        values.put("/authority", authority);
        values.put("/permission", permission);
        record(ACCESS_WITHDRAWN, values);
    }

    /** A closed challenge was declared a record in Governance Services, or could not be, and why. */
    public void recordDeclaration(NodeRef challenge, String reference, boolean declared, String reason)
    {
        Map<String, Serializable> values = about(challenge, reference);
        values.put("/declared", declared);
        values.put("/reason", reason);
        record(RECORD_DECLARATION, values);
    }

    private static Map<String, Serializable> about(NodeRef challenge, String reference)
    {
        Map<String, Serializable> values = new LinkedHashMap<>();
        values.put("/challenge", challenge.toString());
        values.put("/reference", reference);
        // The person whose step this is, even when the adapter writes as system.
        values.put("/user", AuthenticationUtil.getFullyAuthenticatedUser());
        return values;
    }

    private void record(String event, Map<String, Serializable> values)
    {
        // Alfresco answers true only for a path that a registered PathMap source starts with, so ask for the root.
        if (auditComponent.areAuditValuesRequired(ROOT))
        {
            auditComponent.recordAuditValues(ROOT + "/" + event, values);
        }
    }
}
