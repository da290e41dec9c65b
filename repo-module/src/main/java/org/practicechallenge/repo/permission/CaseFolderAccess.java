package org.practicechallenge.repo.permission;

import java.util.LinkedHashSet;
import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.PermissionService;
import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.repo.audit.ChallengeAudit;

/**
 * Who may see a challenge, as it reaches each stage. Alfresco grants nothing because a workflow task is offered to
 * a group, so:
 * <ul>
 * <li>the stage's responders and deciders (the groups the tasks go to) may read the challenge and its entries;
 * they write to it only through their tasks, which the adapter records;</li>
 * <li>at Stages 3 and 4 the senior managers and directors of the two agencies involved may read the child's case
 * folder, because they cannot decide without it; nobody else is given anything.</li>
 * </ul>
 * Grants are additive and never withdrawn: whoever took part keeps sight of what they took part in. Each grant is
 * audited. Callers run this as system, since changing permissions needs rights the acting user does not have.
 */
public class CaseFolderAccess
{
    private PermissionService permissionService;
    private StageParticipants participants;
    private AgencyDirectory agencies;
    private ChallengeAudit audit;

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setParticipants(StageParticipants participants)
    {
        this.participants = participants;
    }

    public void setAgencies(AgencyDirectory agencies)
    {
        this.agencies = agencies;
    }

    public void setAudit(ChallengeAudit audit)
    {
        this.audit = audit;
    }

    /** Grants what the challenge's current stage needs. */
    public void grantForStage(Challenge challenge, NodeRef challengeNode, String reference, NodeRef caseFolder)
    {
        Set<String> stagePeople = new LinkedHashSet<>(participants.responders(challenge));
        stagePeople.addAll(participants.deciders(challenge));
        for (String authority : stagePeople)
        {
            grant(challengeNode, reference, challengeNode, authority);
        }
        for (String authority : caseFolderReaders(challenge))
        {
            grant(challengeNode, reference, caseFolder, authority);
        }
    }

    /** The groups that may read the case folder because of this challenge's stage: none before Stage 3. */
    public Set<String> caseFolderReaders(Challenge challenge)
    {
        Set<String> readers = new LinkedHashSet<>();
        Stage stage = challenge.stage();
        if (stage == Stage.STAGE_3 || stage == Stage.STAGE_4)
        {
            readers.addAll(agencies.agency("raisingAgency", challenge.raisingAgency()).groupsAt(stage));
            readers.addAll(agencies.agency("respondingAgency", challenge.respondingAgency()).groupsAt(stage));
        }
        return readers;
    }

    private void grant(NodeRef challengeNode, String reference, NodeRef node, String authority)
    {
        permissionService.setPermission(node, authority, PermissionService.CONSUMER, true);
        audit.accessGranted(challengeNode, reference, node, authority, PermissionService.CONSUMER);
    }
}
