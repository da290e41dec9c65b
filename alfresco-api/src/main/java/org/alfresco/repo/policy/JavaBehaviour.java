package org.alfresco.repo.policy;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.policy.JavaBehaviour}; compile-only, every body throws. Tests
 * intercept its construction with Mockito's {@code mockConstruction} and read the method name bound.
 */
public class JavaBehaviour extends BaseBehaviour
{
    public JavaBehaviour(Object instance, String method, NotificationFrequency frequency)
    {
        super(frequency);
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's JavaBehaviour");
    }

    @Override
    public <T> T getInterface(Class<T> policy)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's JavaBehaviour");
    }
}
