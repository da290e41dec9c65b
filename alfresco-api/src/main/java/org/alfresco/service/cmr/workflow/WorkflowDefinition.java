package org.alfresco.service.cmr.workflow;

import java.io.Serializable;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.workflow.WorkflowDefinition}; compile-only, declaring only
 * {@link #getId()} and {@link #getName()} (constructor, version, title, description and start task definition left out).
 * Tests mock it.
 */
public class WorkflowDefinition implements Serializable
{
    private static final long serialVersionUID = 1L;

    /** The global id of one deployed version, e.g. {@code activiti$pcPracticeChallenge:2:1204}. */
    public String getId()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowDefinition");
    }

    /** The process's global name, every version alike, e.g. {@code activiti$pcCinStepDownCheck}. */
    public String getName()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides WorkflowDefinition");
    }
}
