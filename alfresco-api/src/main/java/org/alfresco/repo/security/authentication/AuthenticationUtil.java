package org.alfresco.repo.security.authentication;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.security.authentication.AuthenticationUtil}; compile-only. Every
 * body throws: tests stub these statics with Mockito, so no test relies on a copy of Alfresco's security context.
 * (Alfresco's class also implements Spring's {@code InitializingBean}; omitted here.)
 */
public class AuthenticationUtil
{
    public static final String SYSTEM_USER_NAME = "System";

    public interface RunAsWork<Result>
    {
        Result doWork() throws Exception;
    }

    /**
     * Runs the work as {@code uid}. With nobody signed in it makes {@code uid} the fully authenticated user; otherwise
     * it changes only the run-as user, and {@link #getFullyAuthenticatedUser()} still answers the signed-in one.
     */
    public static <R> R runAs(RunAsWork<R> runAsWork, String uid)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's AuthenticationUtil");
    }

    public static <R> R runAsSystem(RunAsWork<R> runAsWork)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's AuthenticationUtil");
    }

    public static String getFullyAuthenticatedUser()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's AuthenticationUtil");
    }

    public static String getRunAsUser()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's AuthenticationUtil");
    }
}
