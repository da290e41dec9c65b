package org.practicechallenge.repo.permission;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessPermission;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageParticipants;
import org.practicechallenge.repo.PracticeChallengeModel;
import org.practicechallenge.repo.audit.ChallengeAudit;

/**
 * Who may see a challenge, as it reaches each stage and once it closes. Alfresco grants nothing because a workflow
 * task is offered to a group, so:
 * <ul>
 * <li>the stage's responders and deciders (the groups the tasks go to) may read the challenge and its entries;
 * they write to it only through their tasks, which the adapter records. They keep this after closing: whoever took
 * part keeps sight of what they took part in, and a challenge does not name the child;</li>
 * <li>at Stages 3 and 4 the senior managers and directors of the two agencies involved may read the child's case
 * folder, because they cannot decide without it; nobody else is given anything. When the challenge closes these
 * grants are reviewed by {@value #AFTER_CLOSING_SETTING}: {@code withdraw} (the default) takes back each one, unless
 * another open challenge on the same case gave the same group the same access; {@code keep} leaves them.</li>
 * </ul>
 * Only grants this module made are ever withdrawn: a group that already had read access set on the case folder by
 * anyone else is left alone and not recorded; every group this module does give access is listed on the challenge
 * ({@code pc:caseFolderGrants}, which only the case record may write). Every grant and withdrawal is audited.
 * Callers run this as system, since changing permissions needs rights the acting user does not have.
 */
public class CaseFolderAccess
{
    public static final String AFTER_CLOSING_SETTING = "practicechallenge.access.afterClosing";
    static final QName PROP_CASE_FOLDER_GRANTS = QName.createQName(PracticeChallengeModel.NAMESPACE, "caseFolderGrants");

    /** What happens to the case-folder grants a challenge made once it closes. */
    public enum AfterClosing
    {
        WITHDRAW, KEEP;

        static AfterClosing fromSetting(String value)
        {
            String code = value == null ? "withdraw" : value.trim().toLowerCase(Locale.ROOT);
            return switch (code)
            {
                case "withdraw" -> WITHDRAW;
                case "keep" -> KEEP;
                default -> throw new IllegalArgumentException(AFTER_CLOSING_SETTING + " is '" + value
                        + "'; it must be withdraw or keep");
            };
        }
    }

    private PermissionService permissionService;
    private NodeService nodeService;
    private StageParticipants participants;
    private AgencyDirectory agencies;
    private ChallengeAudit audit;
    private AfterClosing afterClosing = AfterClosing.WITHDRAW;

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
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

    public void setSettings(Properties settings)
    {
        this.afterClosing = AfterClosing.fromSetting(settings.getProperty(AFTER_CLOSING_SETTING));
    }

    /** Grants what the challenge's current stage needs; a closed challenge opens nothing more. */
    public void grantForStage(Challenge challenge, NodeRef challengeNode, String reference, NodeRef caseFolder)
    {
        if (challenge.isClosed())
        {
            return;
        }
        // The raiser reads it through the case folder they raised it on; the practitioner named may not.
        Set<String> stagePeople = new LinkedHashSet<>(participants.responders(challenge));
        stagePeople.addAll(participants.deciding(challenge).groups());
        for (String authority : stagePeople)
        {
            grant(challengeNode, reference, challengeNode, authority);
        }
        Set<String> readers = caseFolderReaders(challenge);
        if (readers.isEmpty())
        {
            return;
        }
        Set<String> setByOthers = readersSetByOthers(caseFolder);
        Set<String> granted = new LinkedHashSet<>(grantsOf(nodeService.getProperties(challengeNode)));
        for (String authority : readers)
        {
            if (!setByOthers.contains(authority))
            {
                grant(challengeNode, reference, caseFolder, authority);
                granted.add(authority);
            }
        }
        nodeService.setProperty(challengeNode, PROP_CASE_FOLDER_GRANTS, new ArrayList<>(granted));
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

    /**
     * Reviews the case-folder grants of a challenge that has just closed, by the configured rule: withdraws each
     * one that no other open challenge on the same case also gave.
     */
    public void reviewOnClosing(NodeRef challengeNode, String reference, NodeRef caseFolder)
    {
        if (afterClosing == AfterClosing.KEEP)
        {
            return;
        }
        Set<String> stillNeeded = new LinkedHashSet<>();
        for (ChildAssociationRef assoc : nodeService.getChildAssocs(caseFolder,
                Set.of(PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE)))
        {
            Map<QName, Serializable> other = nodeService.getProperties(assoc.getChildRef());
            if (!assoc.getChildRef().equals(challengeNode)
                    && ChallengeStatus.OPEN.code().equals(other.get(PracticeChallengeModel.PROP_STATUS)))
            {
                stillNeeded.addAll(grantsOf(other));
            }
        }
        for (String authority : grantsOf(nodeService.getProperties(challengeNode)))
        {
            if (!stillNeeded.contains(authority))
            {
                permissionService.deletePermission(caseFolder, authority, PermissionService.CONSUMER);
                audit.accessWithdrawn(challengeNode, reference, caseFolder, authority, PermissionService.CONSUMER);
            }
        }
    }

    /**
     * Groups allowed Consumer on the folder itself that no challenge of this case lists as its own grant: someone
     * else gave them access, so this module neither records nor ever withdraws it.
     */
    private Set<String> readersSetByOthers(NodeRef caseFolder)
    {
        Set<String> set = new LinkedHashSet<>();
        for (AccessPermission entry : permissionService.getAllSetPermissions(caseFolder))
        {
            if (entry.isSetDirectly() && entry.getAccessStatus() == AccessStatus.ALLOWED
                    && PermissionService.CONSUMER.equals(entry.getPermission()))
            {
                set.add(entry.getAuthority());
            }
        }
        if (!set.isEmpty())
        {
            for (ChildAssociationRef assoc : nodeService.getChildAssocs(caseFolder,
                    Set.of(PracticeChallengeModel.TYPE_PRACTICE_CHALLENGE)))
            {
                set.removeAll(grantsOf(nodeService.getProperties(assoc.getChildRef())));
            }
        }
        return set;
    }

    private static List<String> grantsOf(Map<QName, Serializable> challenge)
    {
        Object value = challenge.get(PROP_CASE_FOLDER_GRANTS);
        List<String> grants = new ArrayList<>();
        if (value instanceof Collection<?> values)
        {
            for (Object authority : values)
            {
                grants.add(String.valueOf(authority));
            }
        }
        return grants;
    }

    private void grant(NodeRef challengeNode, String reference, NodeRef node, String authority)
    {
        permissionService.setPermission(node, authority, PermissionService.CONSUMER, true);
        audit.accessGranted(challengeNode, reference, node, authority, PermissionService.CONSUMER);
    }
}
