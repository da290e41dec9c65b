package org.practicechallenge.protocol;

import java.util.Set;

/**
 * The side a task belongs to: the people who may complete it (members of {@code groups}, or those in {@code people})
 * and how the side is named when someone else acts for it.
 *
 * @param name the side as people know it: an agency ("Children's Social Care"), a group or a person
 * @param described who the side is, in a refusal ("people in Children's Social Care's Stage 1 groups")
 */
public record TaskSide(String name, String described, Set<String> groups, Set<String> people)
{
    public TaskSide
    {
        groups = Set.copyOf(groups);
        people = Set.copyOf(people);
    }

    /** A task assigned to one person (the chair's family-told task and CiN check). */
    public static TaskSide assignedTo(String assignee)
    {
        return new TaskSide(assignee, assignee + ", to whom it is assigned", Set.of(), assignee == null ? Set.of() : Set.of(assignee));
    }

    boolean includes(ActingPerson person)
    {
        return people.contains(person.name()) || person.isInAnyOf(groups);
    }
}
