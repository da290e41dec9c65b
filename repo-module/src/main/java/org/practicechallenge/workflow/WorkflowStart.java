package org.practicechallenge.workflow;

import java.io.Serializable;
import java.util.Map;

/**
 * Starts a process the way a person's start in Share does: with its initiator, a workflow package, and the start task
 * ended, so it shows in the person's "Workflows I've started" and its timers run as them. Delegates start processes
 * only through this port, never on the raw engine; Alfresco's adapter uses the public {@code WorkflowService}.
 */
public interface WorkflowStart
{
    /**
     * Starts the latest deployed version of {@code processKey} as {@code user}, in the caller's transaction: if the
     * start fails, so does the caller.
     *
     * @param variables start values by process variable name ({@code pcwf_x} for the model property {@code pcwf:x})
     */
    void startAs(String user, String processKey, Map<String, Serializable> variables);
}
