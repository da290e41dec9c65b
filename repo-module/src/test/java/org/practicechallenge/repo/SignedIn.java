package org.practicechallenge.repo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mockStatic;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.authentication.AuthenticationUtil.RunAsWork;
import org.mockito.MockedStatic;

/**
 * Stubs Alfresco's {@link AuthenticationUtil} statics for one test: who is signed in, and {@code runAsSystem} running
 * its work while remembering that it did, so a test can ask whether a write happened as system.
 */
public final class SignedIn implements AutoCloseable
{
    private final MockedStatic<AuthenticationUtil> statics = mockStatic(AuthenticationUtil.class);
    private final boolean administrator;
    private int systemDepth;
    private int systemRuns;

    private SignedIn(String user, boolean administrator)
    {
        this.administrator = administrator;
        statics.when(AuthenticationUtil::getFullyAuthenticatedUser).thenReturn(user);
        statics.when(AuthenticationUtil::getRunAsUser).thenAnswer(call -> systemDepth > 0 ? AuthenticationUtil.SYSTEM_USER_NAME : user);
        statics.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(call ->
        {
            RunAsWork<?> work = call.getArgument(0);
            systemDepth++;
            systemRuns++;
            try
            {
                return work.doWork();
            }
            finally
            {
                systemDepth--;
            }
        });
    }

    public static SignedIn as(String user)
    {
        return new SignedIn(user, false);
    }

    /** A member of ALFRESCO_ADMINISTRATORS: passes ACS's administrators-only method security. */
    public static SignedIn asAdministrator(String user)
    {
        return new SignedIn(user, true);
    }

    public boolean isAdministrator()
    {
        return administrator;
    }

    /** Whether the code running now is inside {@code runAsSystem}. */
    public boolean isSystem()
    {
        return systemDepth > 0;
    }

    public int systemRuns()
    {
        return systemRuns;
    }

    @Override
    public void close()
    {
        statics.close();
    }
}
