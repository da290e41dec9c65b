package org.alfresco.repo.policy;

/** Mirrors Alfresco's {@code org.alfresco.repo.policy.BaseBehaviour}; compile-only, every body throws. */
public abstract class BaseBehaviour implements Behaviour
{
    public BaseBehaviour(NotificationFrequency frequency)
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's BaseBehaviour");
    }

    @Override
    public void disable()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's BaseBehaviour");
    }

    @Override
    public void enable()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's BaseBehaviour");
    }

    @Override
    public boolean isEnabled()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's BaseBehaviour");
    }

    @Override
    public NotificationFrequency getNotificationFrequency()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's BaseBehaviour");
    }
}
