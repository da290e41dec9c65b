package org.practicechallenge.repo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;

import org.practicechallenge.declaration.AdministratorsOnly;

/**
 * Puts ACS's method security in front of a mocked public service: a member marked {@link AdministratorsOnly} (ACS's
 * {@code ACL_METHOD.ROLE_ADMINISTRATOR}) called by anyone but an administrator or the system user is refused with
 * "Access Denied", as {@code public-services-security-context.xml} makes ACS do. Everything else reaches the mock,
 * which the test stubs and verifies as usual.
 */
public final class PublicServiceSecurity
{
    private PublicServiceSecurity()
    {
    }

    /** Thrown where ACS throws its {@code AccessDeniedException}. */
    public static final class AccessDenied extends RuntimeException
    {
        AccessDenied(String member)
        {
            super("Access Denied: " + member + " is for administrators only (public-services-security-context.xml)");
        }
    }

    public static <T> T secured(Class<T> service, T mock, SignedIn signedIn)
    {
        return secured(service, mock, () -> signedIn.isSystem() || signedIn.isAdministrator());
    }

    public static <T> T secured(Class<T> service, T mock, BooleanSupplier callerIsAdministrator)
    {
        Object proxy = Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, (self, method, arguments) ->
        {
            if (method.isAnnotationPresent(AdministratorsOnly.class) && !callerIsAdministrator.getAsBoolean())
            {
                throw new AccessDenied(service.getSimpleName() + "." + method.getName());
            }
            try
            {
                return method.invoke(mock, arguments);
            }
            catch (InvocationTargetException thrown)
            {
                throw thrown.getCause();
            }
        });
        return service.cast(proxy);
    }
}
