package org.alfresco.service.cmr.workflow;

import java.util.Map;

import org.alfresco.service.namespace.QName;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.workflow.WorkflowInstanceQuery}, a plain bean of query criteria;
 * declaring only the members Practice Challenge calls and those a test reads to answer as Alfresco would
 * (constructors without arguments or with a definition id, start and end ranges and excluded definitions left out).
 * It carries its values as Alfresco's does, so a test's stand-in engine can read what was asked.
 */
public class WorkflowInstanceQuery
{
    /** Where a date criterion in {@link #setCustomProps custom properties} lies: the value is a bound. */
    public enum DatePosition
    {
        BEFORE, AFTER
    }

    private Boolean active;
    private String engine;
    private Map<QName, Object> customProps;

    /** {@code true}: running workflows only; {@code false}: finished only; {@code null}: both. */
    public WorkflowInstanceQuery(Boolean active)
    {
        this.active = active;
    }

    public Boolean getActive()
    {
        return active;
    }

    /**
     * Variables the workflows must have, by their model property name: equal to the value, or for a
     * {@code d:date}/{@code d:datetime} property a {@code Map<DatePosition, Date>} of inclusive bounds.
     */
    public void setCustomProps(Map<QName, Object> customProps)
    {
        this.customProps = customProps;
    }

    public Map<QName, Object> getCustomProps()
    {
        return customProps;
    }

    /** The engine to ask, e.g. {@code activiti}; without it (and without a definition id) every engine is asked. */
    public void setEngineId(String engine)
    {
        this.engine = engine;
    }

    public String getEngineId()
    {
        return engine;
    }
}
