package org.practicechallenge.repo.workflow;

import java.util.Set;
import java.util.stream.Collectors;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.practicechallenge.protocol.ActingPerson;
import org.practicechallenge.protocol.Caller;

/**
 * The {@link Caller} port on Alfresco: the fully authenticated user ({@code AuthenticationUtil.getFullyAuthenticatedUser}),
 * the one {@code ActivitiWorkflowEngine.startWorkflow} and the REST API's {@code ProcessesImpl.createProcess} make the
 * initiator. Not the run-as user, which code changes with {@code runAs}, and not Activiti's thread-local
 * {@code Authentication} user, which Alfresco sets on a start and never clears, so another request on the same thread
 * can find it.
 *
 * <p>Groups come from the public {@code AuthorityService}: {@code getAuthorities()} (open to every user, for the run-as
 * user) when the run-as user is the signed-in one, otherwise {@code getAuthoritiesForUser}, which ACS keeps for
 * administrators, inside {@code runAsSystem}. Both include groups within groups and, for administrators,
 * {@code ROLE_ADMINISTRATOR}. The system user is nobody: entries name people.</p>
 */
public class AlfrescoCaller implements Caller
{
    /** Alfresco's {@code PermissionService.ADMINISTRATOR_AUTHORITY}, held by every administrator. */
    static final String ADMINISTRATOR_AUTHORITY = "ROLE_ADMINISTRATOR";
    private static final String GROUP_PREFIX = "GROUP_";

    private AuthorityService authorityService;

    public void setAuthorityService(AuthorityService authorityService)
    {
        this.authorityService = authorityService;
    }

    @Override
    public ActingPerson current()
    {
        String name = AuthenticationUtil.getFullyAuthenticatedUser();
        if (name == null || name.isBlank() || AuthenticationUtil.SYSTEM_USER_NAME.equals(name))
        {
            return ActingPerson.nobody();
        }
        Set<String> authorities = name.equals(AuthenticationUtil.getRunAsUser())
                ? authorityService.getAuthorities()
                : AuthenticationUtil.runAsSystem(() -> authorityService.getAuthoritiesForUser(name));
        return person(name, authorities);
    }

    /** {@code getAuthoritiesForUser} inside {@code runAsSystem}: ordinary users may not ask it about others. */
    @Override
    public ActingPerson person(String userName)
    {
        if (userName == null || userName.isBlank())
        {
            return ActingPerson.nobody();
        }
        return person(userName, AuthenticationUtil.runAsSystem(() -> authorityService.getAuthoritiesForUser(userName)));
    }

    private static ActingPerson person(String name, Set<String> authorities)
    {
        Set<String> groups = authorities.stream().filter(a -> a.startsWith(GROUP_PREFIX)).collect(Collectors.toSet());
        return new ActingPerson(name, authorities.contains(ADMINISTRATOR_AUTHORITY), groups);
    }
}
