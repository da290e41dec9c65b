package org.practicechallenge.protocol;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who acts at a stage. The responding agency's people answer; the raising side decides. Stage 4 adds the
 * partnership; an immediate welfare concern lets Stage 1 start with any mix of practitioners, first line managers
 * and named safeguarding leads.
 *
 * <p>Also who may act at all: the raiser is the person signed in and belongs to the raising agency; a task is
 * completed only by its side (or an administrator, who is recorded as acting for that side). Being the raiser gives
 * no right to the other agency's tasks.</p>
 */
public final class StageParticipants
{
    private final AgencyDirectory directory;

    public StageParticipants(AgencyDirectory directory)
    {
        this.directory = directory;
    }

    /** Everyone offered the response at the challenge's stage: groups and any person named, as authorities. */
    public Set<String> responders(Challenge challenge)
    {
        return authorities(responding(challenge));
    }

    /** Everyone offered the decision at the challenge's stage, the raiser among them. */
    public Set<String> deciders(Challenge challenge)
    {
        return authorities(deciding(challenge));
    }

    /**
     * The practitioner the raiser named must work for the responding agency (be in one of its groups) and be someone
     * else: Stage 1 is offered to them, so a wrong pick would send it to someone who cannot answer.
     */
    public void checkChallengedPractitioner(Challenge challenge, ActingPerson practitioner)
    {
        String name = challenge.challengedPractitioner();
        if (name == null)
        {
            return;
        }
        if (name.equals(challenge.raisedBy()))
        {
            throw new ProtocolViolation("challengedPractitioner", "you named yourself; name the person in the other agency whose practice you are challenging");
        }
        Agency agency = directory.agency("respondingAgency", challenge.respondingAgency());
        if (!practitioner.isInAnyOf(allGroupsOf(agency)))
        {
            throw new ProtocolViolation("challengedPractitioner", name + " is not in any of " + agency.name()
                    + "'s groups, so cannot answer for " + agency.name() + "; pick someone who works for " + agency.name()
                    + ", or leave it empty to offer Stage 1 to all of " + agency.name() + "'s Stage 1 people");
        }
    }

    /**
     * The raiser is the person signed in. A start naming anyone else as raiser is refused, so the child's record shows
     * who really raised the challenge; only an administrator may name someone (as when one completes a chair's CiN
     * check and the challenge that follows is the chair's), and the "raised" entry then says they acted for them.
     */
    public String raiser(ActingPerson person, Object named)
    {
        if (!person.isSignedIn())
        {
            throw new ProtocolViolation("raisedBy", "nobody is signed in, so no challenge can be raised; sign in and try again");
        }
        boolean someoneElse = named != null && !named.toString().isBlank() && !named.toString().equals(person.name());
        if (someoneElse && !person.administrator())
        {
            throw new ProtocolViolation("raisedBy", "a challenge is raised by the person signed in: you are signed in as "
                    + person.name() + ", so you cannot raise it in the name of " + named);
        }
        return someoneElse ? named.toString() : person.name();
    }

    /**
     * The author of the "raised" entry: the raiser, who must be in one of the raising agency's groups (any stage). An
     * administrator who is not is recorded as acting for that agency, or for the raiser they named.
     */
    public String raisingAuthor(ActingPerson person, String raiser, String raisingAgency)
    {
        Agency agency = directory.agency("raisingAgency", raisingAgency);
        if (person.name().equals(raiser) && person.isInAnyOf(allGroupsOf(agency)))
        {
            return person.name();
        }
        if (person.administrator())
        {
            return actingFor(person, person.name().equals(raiser) ? agency.name() : raiser);
        }
        throw new ProtocolViolation("raisingAgency", "you are not in any of " + agency.name()
                + "'s groups, so you cannot raise a challenge for " + agency.name());
    }

    /**
     * The side that answers at the challenge's stage: the responding agency's people, or the Practice Review Group. At
     * Stage 1 a practitioner the raiser named answers with their agency's first line managers
     * ({@link StageOneRouting#NAMED_PEOPLE}); an immediate welfare concern adds the Stage 2 groups either way.
     */
    public TaskSide responding(Challenge challenge)
    {
        if (challenge.stage() == Stage.PRACTICE_REVIEW_GROUP)
        {
            String group = directory.practiceReviewGroupName();
            return new TaskSide(group, "members of the " + group, respondersAt(challenge, challenge.stage()), Set.of());
        }
        Agency agency = directory.agency("respondingAgency", challenge.respondingAgency());
        String practitioner = challenge.challengedPractitioner();
        if (!routesToNamedPeople(challenge) || practitioner == null)
        {
            return new TaskSide(agency.name(), namedFor(agency, challenge.stage()), respondersAt(challenge, challenge.stage()), Set.of());
        }
        Set<String> groups = new LinkedHashSet<>(agency.stageOneManagers());
        if (challenge.immediateWelfareConcern())
        {
            groups.addAll(agency.groupsAt(Stage.STAGE_2));
        }
        return new TaskSide(agency.name(), practitioner + " or " + agency.name() + "'s first line managers", groups, Set.of(practitioner));
    }

    /**
     * The side that decides at the challenge's stage: the raiser with their agency's people for the stage; at Stage 1
     * ({@link StageOneRouting#NAMED_PEOPLE}) the raiser with their agency's first line managers.
     */
    public TaskSide deciding(Challenge challenge)
    {
        Agency agency = directory.agency("raisingAgency", challenge.raisingAgency());
        Set<String> raiser = challenge.raisedBy() == null ? Set.of() : Set.of(challenge.raisedBy());
        if (routesToNamedPeople(challenge))
        {
            return new TaskSide(agency.name(), "the person who raised the challenge or " + agency.name()
                    + "'s first line managers", Set.copyOf(agency.stageOneManagers()), raiser);
        }
        return new TaskSide(agency.name(), "the person who raised the challenge or " + namedFor(agency, challenge.stage()),
                decidersAt(challenge, challenge.stage()), raiser);
    }

    private boolean routesToNamedPeople(Challenge challenge)
    {
        return challenge.stage() == Stage.STAGE_1 && directory.stageOneRouting() == StageOneRouting.NAMED_PEOPLE;
    }

    private static Set<String> authorities(TaskSide side)
    {
        Set<String> authorities = new LinkedHashSet<>(side.groups());
        authorities.addAll(side.people());
        return authorities;
    }

    private static Set<String> allGroupsOf(Agency agency)
    {
        Set<String> groups = new LinkedHashSet<>();
        for (Stage stage : Stage.values())
        {
            groups.addAll(agency.groupsAt(stage));
        }
        groups.addAll(agency.firstLineManagers());
        return groups;
    }

    /**
     * The author of a completed task: the person signed in, who must be of the task's side. An administrator who is not
     * is recorded as acting for the person the task was assigned to, or else for the side.
     */
    public String author(ActingPerson person, TaskSide side, String assignee, String taskName)
    {
        if (!person.isSignedIn())
        {
            throw new ProtocolViolation("author", "nobody is signed in, so '" + taskName + "' cannot be completed; sign in and try again");
        }
        if (side.includes(person))
        {
            return person.name();
        }
        if (person.administrator())
        {
            return actingFor(person, assignee != null && !assignee.equals(person.name()) ? assignee : side.name());
        }
        throw new ProtocolViolation("task", "only " + side.described() + ", or an administrator, can complete '" + taskName
                + "'; you are signed in as " + person.name() + ", who is neither");
    }

    private static String namedFor(Agency agency, Stage stage)
    {
        return "the people named for " + agency.name() + " at Stage " + stage.number();
    }

    private static String actingFor(ActingPerson person, String whom)
    {
        return person.name() + " (administrator, acting for " + whom + ")";
    }

    /** Reminders and overdue notices go to this stage's people and to those who would take it next. */
    public Set<String> noticeRecipients(Challenge challenge)
    {
        Set<String> recipients = new LinkedHashSet<>(responders(challenge));
        recipients.addAll(deciders(challenge));
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
