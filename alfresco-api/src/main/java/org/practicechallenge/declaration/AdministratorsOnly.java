package org.practicechallenge.declaration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member of a public (capitalised) Alfresco service that ACS restricts to administrators:
 * {@code ACL_METHOD.ROLE_ADMINISTRATOR} in Alfresco's {@code public-services-security-context.xml}. Called as anyone
 * else it throws {@code AccessDeniedException}, so the module may call it only inside {@code runAsSystem}. Not part
 * of Alfresco: tests read it to refuse such a call the way ACS does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdministratorsOnly
{
}
