package org.alfresco.service.cmr.workflow;

import java.io.Serializable;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.workflow.WorkflowInstance}; compile-only, declaring only
 * {@link #getId()} and {@link #getDefinition()} (public fields, constructor, initiator, dates, package and context left
 * out). Tests mock it.
 */
public class WorkflowInstance implements Serializable
{
    private static final long serialVersionUID = 1L;

    /** Global id, e.g. {@code activiti$1204}. */
    public String getId()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowInstance");
    }

    public WorkflowDefinition getDefinition()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowInstance");
    }
}
