package org.alfresco.repo.module;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.module.AbstractModuleComponent}; compile-only, the members our bean
 * definitions set. Alfresco's {@code module.baseComponent} parent bean registers the component with the
 * {@code ModuleService}, which runs {@link #executeInternal()} at startup, after the repository has bootstrapped, in
 * a transaction, as the system user. The setters here keep nothing: they exist so Spring can check our property names.
 */
public abstract class AbstractModuleComponent
{
    public void setModuleId(String moduleId)
    {
        // Alfresco's class keeps it.
    }

    public void setName(String name)
    {
        // Alfresco's class keeps it.
    }

    public void setDescription(String description)
    {
        // Alfresco's class keeps it.
    }

    public void setSinceVersion(String version)
    {
        // Alfresco's class keeps it.
    }

    public void setExecuteOnceOnly(boolean executeOnceOnly)
    {
        // Alfresco's class keeps it.
    }

    protected abstract void executeInternal() throws Throwable;
}
