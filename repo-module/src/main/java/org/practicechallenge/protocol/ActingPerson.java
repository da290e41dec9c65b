package org.practicechallenge.protocol;

import java.util.Collection;
import java.util.Set;

/**
 * The person signed in when a challenge is raised or a task is completed, as the repository knows them: never a
 * name a form or request supplies.
 *
 * @param name their user name, or {@code null} when nobody is signed in
 * @param administrator whether they administer the repository (may act for any side, and are recorded as doing so)
 * @param groups the group authorities they are in, directly or through other groups
 */
public record ActingPerson(String name, boolean administrator, Set<String> groups)
{
    public ActingPerson
    {
        groups = Set.copyOf(groups);
    }

    public static ActingPerson nobody()
    {
        return new ActingPerson(null, false, Set.of());
    }

    public boolean isSignedIn()
    {
        return name != null && !name.isBlank();
    }

    public boolean isInAnyOf(Collection<String> candidates)
    {
        return candidates.stream().anyMatch(groups::contains);
    }
}
