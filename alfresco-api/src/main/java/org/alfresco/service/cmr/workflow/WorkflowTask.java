package org.alfresco.service.cmr.workflow;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.workflow.WorkflowTask}; compile-only, declaring only
 * {@link #getId()} (constructor, name, state, path, definition and properties left out). Tests mock it.
 */
public class WorkflowTask
{
    /** Global id; a start task's is {@code activiti$start<processInstanceId>}. */
    public String getId()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowTask");
    }
}
