package org.practicechallenge.protocol;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who acts at a stage. The responding agency's people answer; the raising side decides. Stage 4 adds the
 * partnership; an immediate welfare concern lets Stage 1 start with any mix of practitioners, first line managers
 * and named safeguarding leads.
 */
public final class StageParticipants
{
    private final AgencyDirectory directory;

    public StageParticipants(AgencyDirectory directory)
    {
        this.directory = directory;
    }

    public Set<String> responders(Challenge challenge)
    {
        return respondersAt(challenge, challenge.stage());
    }

    public Set<String> deciders(Challenge challenge)
    {
        return decidersAt(challenge, challenge.stage());
    }

    /** Reminders and overdue notices go to this stage's people and to those who would take it next. */
    public Set<String> noticeRecipients(Challenge challenge)
    {
        Set<String> recipients = new LinkedHashSet<>(respondersAt(challenge, challenge.stage()));
        recipients.addAll(decidersAt(challenge, challenge.stage()));
        challenge.stage().next().ifPresent(next ->
        {
            recipients.addAll(respondersAt(challenge, next));
            recipients.addAll(decidersAt(challenge, next));
        });
        return recipients;
    }

    private Set<String> respondersAt(Challenge challenge, Stage stage)
    {
        Set<String> groups = new LinkedHashSet<>();
        if (stage == Stage.PRACTICE_REVIEW_GROUP)
        {
            groups.addAll(directory.practiceReviewGroups());
            return groups;
        }
        Agency responding = directory.agency("respondingAgency", challenge.respondingAgency());
        groups.addAll(responding.groupsAt(stage));
        if (stage == Stage.STAGE_1 && challenge.immediateWelfareConcern())
        {
            groups.addAll(responding.groupsAt(Stage.STAGE_2));
        }
        if (stage == Stage.STAGE_4)
        {
            groups.addAll(directory.partnershipGroups());
        }
        return groups;
    }

    private Set<String> decidersAt(Challenge challenge, Stage stage)
    {
        Set<String> groups = new LinkedHashSet<>();
        if (stage == Stage.PRACTICE_REVIEW_GROUP)
        {
            groups.addAll(directory.practiceReviewGroups());
            return groups;
        }
        Agency raising = directory.agency("raisingAgency", challenge.raisingAgency());
        groups.addAll(raising.groupsAt(stage));
        if (stage == Stage.STAGE_4)
        {
            groups.addAll(directory.partnershipGroups());
        }
        return groups;
    }
}
