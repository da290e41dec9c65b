package org.practicechallenge.repo.record;

import static org.practicechallenge.repo.PracticeChallengeModel.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.practicechallenge.protocol.CaseRecord;
import org.practicechallenge.protocol.CaseRecordEntry;
import org.practicechallenge.protocol.Challenge;
import org.practicechallenge.protocol.ChallengeStatus;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.ProtocolViolation;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.repo.NodeValues;
import org.practicechallenge.repo.audit.ChallengeAudit;
import org.practicechallenge.repo.integrity.CaseRecordIntegrityException;
import org.practicechallenge.repo.integrity.CaseRecordRules;
import org.practicechallenge.repo.integrity.RecordWriter;
import org.practicechallenge.repo.integrity.RecordWrites;
import org.practicechallenge.repo.permission.CaseFolderAccess;
import org.practicechallenge.repo.retention.ChallengeRecordText;
import org.practicechallenge.repo.retention.ChallengeRetention;
import org.practicechallenge.repo.retention.RecordsDeclaration;

/**
 * The case-record port in Alfresco. A challenge is a {@code pc:practiceChallenge} folder inside the child's case
 * folder ({@code pc:childCase}); each entry is a {@code pc:caseRecordEntry} inside it, or inside the case folder
 * for entries about the case itself. The challenge's node reference is its ref in the workflow; {@code pc:reference}
 * ({@code PC-<year>-<8 characters of its id>}) is the name people use, and the folder's name.
 *
 * <p>Every write runs as system. The people who act on a challenge are often from another agency than the case
 * folder's owners (a police sergeant answering at Stage 1, a health director at Stage 4) and have at most read
 * access to it, yet their entries must reach the child's record; granting them access is itself a change only an
 * administrator may make. Before anything is written as system, the acting user must be able to read the case
 * folder: raising a challenge opens the case to more people, so nobody may do it on a case they cannot see.</p>
 *
 * <p>Writes are marked as the case record's own ({@link RecordWrites}), which the integrity behaviours allow; the
 * same rules are applied here first, so a refused update fails with the rule's words.</p>
 */
public class AlfrescoCaseRecord implements CaseRecord
{
    private static final DateTimeFormatter ENTRY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private NodeService nodeService;
    private PermissionService permissionService;
    private ZoneId zone;
    private ChallengeRetention retention;
    private CaseFolderAccess access;
    private ChallengeAudit audit;
    private RecordsDeclaration records;
    private Supplier<UUID> ids = UUID::randomUUID;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService)
    {
        this.permissionService = permissionService;
    }

    public void setPartnershipSettings(PartnershipSettings settings)
    {
        this.zone = settings.zone();
    }

    public void setRetention(ChallengeRetention retention)
    {
        this.retention = retention;
    }

    public void setAccess(CaseFolderAccess access)
    {
        this.access = access;
    }

    public void setAudit(ChallengeAudit audit)
    {
        this.audit = audit;
    }

    public void setRecords(RecordsDeclaration records)
    {
        this.records = records;
    }

    void setIds(Supplier<UUID> ids)
    {
        this.ids = ids;
    }

    @Override
    public String open(Challenge challenge, CaseRecordEntry raised)
    {
        NodeRef caseFolder = readableCaseFolder(challenge.caseFolder());
        return asCaseRecord(() ->
        {
            String id = ids.get().toString();
            String reference = reference(challenge, id);
            Map<QName, Serializable> properties = ChallengeProperties.of(challenge, zone);
            properties.put(ContentModel.PROP_NODE_UUID, id);
            properties.put(ContentModel.PROP_NAME, reference);
            properties.put(PROP_REFERENCE, reference);
            properties.put(PROP_RETAIN_UNTIL, retention.retainUntilValue(nodeService.getProperties(caseFolder), closedDay(challenge)));
            NodeRef node = nodeService.createNode(caseFolder, ContentModel.ASSOC_CONTAINS, contains(reference),
                    TYPE_PRACTICE_CHALLENGE, properties).getChildRef();
            writeEntry(node, raised);

            Challenge recorded = challenge.toBuilder().ref(node.toString()).build();
            refreshSummary(caseFolder, node, recorded);
            audit.stageChanged(node, reference, null, recorded.stage());
            access.grantForStage(recorded, node, reference, caseFolder);
            return node.toString();
        });
    }

    /** Alfresco names workflow instances {@code activiti$<process instance id>}. */
    @Override
    public void attachToWorkflow(String challengeRef, String processInstanceId, String workflowPackage)
    {
        asCaseRecord(() ->
        {
            NodeRef node = challengeNode(challengeRef);
            nodeService.setProperty(node, PROP_WORKFLOW_INSTANCE_ID, WORKFLOW_ENGINE_PREFIX + processInstanceId);
            if (workflowPackage != null)
            {
                nodeService.addChild(new NodeRef(workflowPackage), node, ASSOC_PACKAGE_CONTAINS,
                        contains(NodeValues.text(nodeService.getProperty(node, ContentModel.PROP_NAME))));
            }
            return null;
        });
    }

    @Override
    public void append(String challengeRef, CaseRecordEntry entry)
    {
        asCaseRecord(() -> writeEntry(challengeNode(challengeRef), entry));
    }

    @Override
    public void appendToCase(String caseFolder, CaseRecordEntry entry)
    {
        NodeRef folder = readableCaseFolder(caseFolder);
        asCaseRecord(() -> writeEntry(folder, entry));
    }

    @Override
    public void update(Challenge challenge)
    {
        asCaseRecord(() ->
        {
            NodeRef node = challengeNode(challenge.ref());
            Map<QName, Serializable> stored = nodeService.getProperties(node);
            String reference = NodeValues.text(stored.get(PROP_REFERENCE));
            NodeRef caseFolder = nodeService.getPrimaryParent(node).getParentRef();

            Map<QName, Serializable> wanted = ChallengeProperties.of(challenge, zone);
            wanted.put(PROP_RETAIN_UNTIL, retention.retainUntilValue(nodeService.getProperties(caseFolder), closedDay(challenge)));
            Map<QName, Serializable> changes = new HashMap<>();
            wanted.forEach((property, value) ->
            {
                if (!ChallengeProperties.same(property, stored.get(property), value, zone))
                {
                    changes.put(property, value);
                }
            });
            if (changes.isEmpty())
            {
                return null;
            }
            Map<QName, Serializable> after = new HashMap<>(stored);
            after.putAll(changes);
            CaseRecordRules.challengeChange(stored, after, RecordWriter.CASE_RECORD).ifPresent(refusal ->
            {
                throw new CaseRecordIntegrityException(refusal);
            });
            nodeService.addProperties(node, changes);
            refreshSummary(caseFolder, node, challenge);

            Stage before = Stage.fromCode("stage", NodeValues.text(stored.get(PROP_STAGE)));
            if (before != challenge.stage())
            {
                audit.stageChanged(node, reference, before, challenge.stage());
                access.grantForStage(challenge, node, reference, caseFolder);
            }
            boolean wasOpen = ChallengeStatus.OPEN.code().equals(stored.get(PROP_STATUS));
            if (wasOpen && challenge.isClosed())
            {
                audit.outcomeRecorded(node, reference, challenge.stage(), challenge.outcome(), challenge.status());
                access.reviewOnClosing(node, reference, caseFolder);
                if (records.isOn())
                {
                    records.declare(node, reference, ChallengeRecordText.render(challenge, reference, entriesOf(node), zone));
                }
            }
            return null;
        });
    }

    /** The case folder named by the workflow, once the acting user is known to be able to read it. */
    private NodeRef readableCaseFolder(Object caseFolder)
    {
        String value = caseFolder == null ? null : caseFolder.toString();
        ProtocolViolation notACase = new ProtocolViolation("caseFolder", "'" + value
                + "' is not a child case folder (aspect pc:childCase); raise the challenge from the child's case folder");
        if (value == null || !NodeRef.isNodeRef(value))
        {
            throw notACase;
        }
        NodeRef folder = new NodeRef(value);
        boolean isCase = AuthenticationUtil.runAsSystem(() -> nodeService.exists(folder) && nodeService.hasAspect(folder, ASPECT_CHILD_CASE));
        if (!isCase)
        {
            throw notACase;
        }
        if (permissionService.hasPermission(folder, PermissionService.READ) != AccessStatus.ALLOWED)
        {
            throw new ProtocolViolation("caseFolder", "you cannot read the case folder " + value
                    + ", so you cannot record a challenge on it; ask its owners for access");
        }
        return folder;
    }

    private NodeRef challengeNode(String challengeRef)
    {
        if (challengeRef == null || !NodeRef.isNodeRef(challengeRef))
        {
            throw new ProtocolViolation("challengeRef", "'" + challengeRef + "' is not a practice challenge");
        }
        NodeRef node = new NodeRef(challengeRef);
        if (!nodeService.exists(node) || !TYPE_PRACTICE_CHALLENGE.equals(nodeService.getType(node)))
        {
            throw new ProtocolViolation("challengeRef", "'" + challengeRef + "' is not a practice challenge");
        }
        return node;
    }

    private Void writeEntry(NodeRef parent, CaseRecordEntry entry)
    {
        String name = ENTRY_TIME.format(entry.recordedAt()) + "-" + entry.kind().code() + "-" + entry.stage().code()
                + "-" + ids.get().toString().substring(0, 8);
        Map<QName, Serializable> properties = EntryProperties.of(entry);
        properties.put(ContentModel.PROP_NAME, name);
        nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS, contains(name), TYPE_CASE_RECORD_ENTRY, properties);
        return null;
    }

    /** Recounts the case folder's challenges, taking {@code current} as it now stands. */
    private void refreshSummary(NodeRef caseFolder, NodeRef current, Challenge currentState)
    {
        List<EscalationSummary.Standing> standings = new ArrayList<>();
        standings.add(EscalationSummary.Standing.of(currentState));
        for (ChildAssociationRef assoc : nodeService.getChildAssocs(caseFolder, Set.of(TYPE_PRACTICE_CHALLENGE)))
        {
            if (!assoc.getChildRef().equals(current))
            {
                standings.add(ChallengeProperties.standing(nodeService.getProperties(assoc.getChildRef())));
            }
        }
        Map<QName, Serializable> summary = ChallengeProperties.of(EscalationSummary.of(standings));
        if (nodeService.hasAspect(caseFolder, ASPECT_ESCALATION_SUMMARY))
        {
            // Most steps (a response, a decision to resolve another challenge's stage) leave the summary as it was;
            // not rewriting the folder then spares concurrent steps on one child's case a write conflict on it.
            Map<QName, Serializable> stored = nodeService.getProperties(caseFolder);
            if (summary.entrySet().stream().allMatch(p -> Objects.equals(stored.get(p.getKey()), p.getValue())))
            {
                return;
            }
            nodeService.addProperties(caseFolder, summary);
        }
        else
        {
            nodeService.addAspect(caseFolder, ASPECT_ESCALATION_SUMMARY, summary);
        }
    }

    private List<CaseRecordEntry> entriesOf(NodeRef challenge)
    {
        List<CaseRecordEntry> entries = new ArrayList<>();
        for (ChildAssociationRef assoc : nodeService.getChildAssocs(challenge, Set.of(TYPE_CASE_RECORD_ENTRY)))
        {
            entries.add(EntryProperties.read(nodeService.getProperties(assoc.getChildRef())));
        }
        return entries;
    }

    private String reference(Challenge challenge, String id)
    {
        if (challenge.raisedAt() == null)
        {
            throw new IllegalArgumentException("a challenge is recorded once raised; " + challenge + " has no raised date");
        }
        return "PC-" + challenge.raisedAt().atZone(zone).getYear() + "-" + id.substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private LocalDate closedDay(Challenge challenge)
    {
        return challenge.closedAt() == null ? null : challenge.closedAt().atZone(zone).toLocalDate();
    }

    private static final String WORKFLOW_ENGINE_PREFIX = "activiti$";
    /** {@code bpm:packageContains}, the association that puts items in a workflow package. */
    static final QName ASSOC_PACKAGE_CONTAINS = QName.createQName("http://www.alfresco.org/model/bpm/1.0", "packageContains");

    private static QName contains(String name)
    {
        return QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name);
    }

    private static <T> T asCaseRecord(Supplier<T> work)
    {
        return AuthenticationUtil.runAsSystem(() -> RecordWrites.as(RecordWriter.CASE_RECORD, work));
    }
}
