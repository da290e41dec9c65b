package org.practicechallenge.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.protocol.Agency;
import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.Caller;
import org.practicechallenge.protocol.Stage;

/**
 * Stands in for what {@code repo.workflow.AlfrescoCaller} asks Alfresco: the thread's fully authenticated user
 * ({@code AuthenticationUtil}), with {@code runAs} changing nothing the caller reads once someone is signed in (only
 * the run-as user, as Alfresco's does), and the groups {@code AuthorityService} would give each of the harness's test
 * users. Activiti's own thread-local user is separate, as in ACS: nothing here reads it.
 *
 * <p>The directory, by the start of the user name: {@code nurse}, {@code raiser} (school and community health: Health
 * and Education); {@code sw}, {@code tm}, {@code responder}, {@code director} (Children's Social Care); {@code manager}
 * (Children's Social Care and Health); {@code prg}, {@code group} (Practice Review Group); {@code chair} (the Safeguarding
 * Unit's chairs, and with {@code user} and {@code someone} in every configured group: the rejected-input tests enter
 * every kind of task as chair1, about what is entered, not who enters it);
 * {@code admin} (an administrator in no group). Anyone else ({@code outsider1}, {@code police1} ...) is in no group
 * unless a test adds them.</p>
 */
public final class SignedInStandIn implements Caller
{
    private final ThreadLocal<String> fullyAuthenticated = new ThreadLocal<>();
    private final Map<String, Set<String>> added = new java.util.concurrent.ConcurrentHashMap<>();
    private final AgencyDirectory agencies;

    public SignedInStandIn(AgencyDirectory agencies)
    {
        this.agencies = agencies;
    }

    /** Signs {@code user} in on this thread, as a Share or REST request does. */
    public void signIn(String user)
    {
        fullyAuthenticated.set(user);
    }

    public void signOut()
    {
        fullyAuthenticated.remove();
    }

    public String fullyAuthenticatedUser()
    {
        return fullyAuthenticated.get();
    }

    /** {@code AuthenticationUtil.runAs}: makes {@code user} the signed-in one only when nobody is. */
    public <T> T runAs(String user, Supplier<T> work)
    {
        if (fullyAuthenticated.get() != null)
        {
            return work.get();
        }
        signIn(user);
        try
        {
            return work.get();
        }
        finally
        {
            signOut();
        }
    }

    /** Puts a user in groups besides the directory's. */
    public void addToGroups(String user, String... groups)
    {
        added.computeIfAbsent(user, u -> new java.util.concurrent.CopyOnWriteArraySet<>()).addAll(List.of(groups));
    }

    @Override
    public ActingPerson current()
    {
        String user = fullyAuthenticated.get();
        return user == null ? ActingPerson.nobody() : new ActingPerson(user, user.equals("admin"), groupsOf(user));
    }

    @Override
    public ActingPerson person(String userName)
    {
        return userName == null ? ActingPerson.nobody() : new ActingPerson(userName, userName.equals("admin"), groupsOf(userName));
    }

    Set<String> groupsOf(String user)
    {
        Set<String> groups = new LinkedHashSet<>(added.getOrDefault(user, Set.of()));
        if (startsWith(user, "nurse", "raiser"))
        {
            groups.addAll(agencyGroups("health"));
            groups.addAll(agencyGroups("education"));
        }
        if (startsWith(user, "sw", "tm", "responder", "director", "manager"))
        {
            groups.addAll(agencyGroups("socialCare"));
        }
        if (startsWith(user, "manager"))
        {
            groups.addAll(agencyGroups("health"));
        }
        if (startsWith(user, "prg", "group"))
        {
            groups.addAll(agencies.practiceReviewGroups());
        }
        if (startsWith(user, "user", "someone", "chair"))
        {
            agencies.groups().forEach(group -> groups.add(group.authority()));
        }
        return groups;
    }

    private Set<String> agencyGroups(String code)
    {
        Agency agency = agencies.agency("agency", code);
        Set<String> groups = new LinkedHashSet<>();
        for (Stage stage : Stage.values())
        {
            groups.addAll(agency.groupsAt(stage));
        }
        return groups;
    }

    private static boolean startsWith(String user, String... prefixes)
    {
        for (String prefix : prefixes)
        {
            if (user.startsWith(prefix))
            {
                return true;
            }
        }
        return false;
    }
}
