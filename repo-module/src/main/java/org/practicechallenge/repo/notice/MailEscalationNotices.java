package org.practicechallenge.repo.notice;

import static org.practicechallenge.repo.PracticeChallengeModel.PROP_REFERENCE;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.practicechallenge.protocol.EscalationNotices;
import org.practicechallenge.protocol.PartnershipSettings;
import org.practicechallenge.protocol.Stage;
import org.practicechallenge.protocol.StageNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notices port through Alfresco's own {@code mail} action: one message to every member of the stage's groups
 * ({@code to_many} takes group authorities), worded from messages/practice-challenge-notices.properties.
 *
 * <p>The action runs asynchronously, which Alfresco does after the step's transaction commits: a step that is
 * rolled back sends nothing, and a mail server that is down fails the mail, not the step. Anything that still goes
 * wrong while preparing the message is logged and the step carries on; a notice never decides the protocol.</p>
 *
 * <p>Mail leaves the repository's access control, so a notice names the challenge's reference, the stage and the
 * due date and links to it in Share; it never carries the child's name or what the challenge is about.</p>
 */
public class MailEscalationNotices implements EscalationNotices
{
    static final String BUNDLE = "alfresco.module.practice-challenge-repo.messages.practice-challenge-notices";
    static final String SHARE_URL_SETTING = "practicechallenge.notice.shareUrl";

    private static final Logger LOG = LoggerFactory.getLogger(MailEscalationNotices.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private ActionService actionService;
    private NodeService nodeService;
    private PartnershipSettings partnership;
    private String shareUrl = "http://localhost:8080/share";
    private ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    public void setActionService(ActionService actionService)
    {
        this.actionService = actionService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setPartnershipSettings(PartnershipSettings partnership)
    {
        this.partnership = partnership;
    }

    public void setSettings(Properties settings)
    {
        this.shareUrl = settings.getProperty(SHARE_URL_SETTING, shareUrl).trim().replaceAll("/+$", "");
    }

    @Override
    public void send(StageNotice notice)
    {
        if (notice.recipients().isEmpty())
        {
            LOG.warn("No one to tell that challenge {} {}: the stage has no groups configured", notice.challengeRef(), notice.kind().code());
            return;
        }
        try
        {
            NodeRef challenge = NodeRef.isNodeRef(notice.challengeRef()) ? new NodeRef(notice.challengeRef()) : null;
            Object[] arguments = {reference(challenge, notice.challengeRef()), stageName(notice.stage()),
                    notice.dueDate() == null ? "" : DUE.format(notice.dueDate()),
                    shareUrl + "/page/practice-challenge?nodeRef=" + URLEncoder.encode(notice.challengeRef(), StandardCharsets.UTF_8)};
            Map<String, Serializable> parameters = new HashMap<>();
            parameters.put(MailActionExecuter.PARAM_TO_MANY, new ArrayList<>(new TreeSet<>(notice.recipients())));
            parameters.put(MailActionExecuter.PARAM_SUBJECT, message(notice, "subject", arguments));
            parameters.put(MailActionExecuter.PARAM_TEXT, message(notice, "text", arguments));
            Action mail = actionService.createAction(MailActionExecuter.NAME, parameters);
            actionService.executeAction(mail, challenge, false, true);
        }
        catch (RuntimeException failure)
        {
            LOG.warn("Could not send the {} notice of challenge {} to {}; the step goes on without it", notice.kind().code(),
                    notice.challengeRef(), notice.recipients(), failure);
        }
    }

    private String reference(NodeRef challenge, String fallback)
    {
        Serializable reference = challenge == null ? null : nodeService.getProperty(challenge, PROP_REFERENCE);
        return reference == null ? fallback : reference.toString();
    }

    private String stageName(Stage stage)
    {
        return stage == Stage.PRACTICE_REVIEW_GROUP ? partnership.agencies().practiceReviewGroupName()
                : messages.getString("practicechallenge.notice.stage." + stage.code());
    }

    private String message(StageNotice notice, String part, Object[] arguments)
    {
        return new MessageFormat(messages.getString("practicechallenge.notice." + notice.kind().code() + "." + part), Locale.UK)
                .format(arguments);
    }
}
