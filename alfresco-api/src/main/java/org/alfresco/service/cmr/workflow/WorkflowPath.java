package org.alfresco.service.cmr.workflow;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.workflow.WorkflowPath}; compile-only, declaring only
 * {@link #getId()} and {@link #isActive()} (constructor, instance, node and {@code toString} left out). Tests mock it.
 */
public class WorkflowPath
{
    public String getId()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowPath");
    }

    public boolean isActive()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowPath");
    }
}
