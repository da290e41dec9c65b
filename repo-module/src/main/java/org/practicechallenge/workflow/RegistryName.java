package org.practicechallenge.workflow;

/**
 * The key under which a delegate or task listener sits in Alfresco's {@code activitiBeanRegistry}, and so the name the
 * BPMN gives it in {@code ${...}}: {@code practicechallenge_} then the simple class name, so that no other module's
 * bean of the same class name can take its place. An underscore, not a dot: Activiti's JUEL reads
 * {@code ${practicechallenge.ChallengeOpening}} as property {@code ChallengeOpening} of a bean {@code practicechallenge}.
 */
public final class RegistryName
{
    public static final String PREFIX = "practicechallenge_";

    private RegistryName()
    {
    }

    public static String of(Class<?> delegateOrListener)
    {
        return PREFIX + delegateOrListener.getSimpleName();
    }
}
