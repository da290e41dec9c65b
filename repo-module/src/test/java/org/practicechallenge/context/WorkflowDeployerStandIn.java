package org.practicechallenge.context;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Stands in for Alfresco's abstract {@code workflowDeployer} ({@code org.alfresco.repo.workflow.WorkflowDeployer}):
 * the same {@code workflowDefinitions}, {@code models} and {@code labels} properties, and a check (run as this
 * stand-in's init method; Alfresco deploys on bootstrap) that each definition uses only WorkflowDeployer's keys
 * ({@code engineId}, {@code location}, {@code mimetype}, {@code redeploy}) and that every file exists.
 */
public class WorkflowDeployerStandIn
{
    private static final Set<String> KEYS = Set.of("engineId", "location", "mimetype", "redeploy");

    private List<Properties> workflowDefinitions = List.of();
    private List<String> models = List.of();
    private List<String> labels = List.of();

    public void setWorkflowDefinitions(List<Properties> workflowDefinitions)
    {
        this.workflowDefinitions = workflowDefinitions;
    }

    public void setModels(List<String> models)
    {
        this.models = models;
    }

    public void setLabels(List<String> labels)
    {
        this.labels = labels;
    }

    public List<Properties> workflowDefinitions()
    {
        return workflowDefinitions;
    }

    public void check()
    {
        for (Properties definition : workflowDefinitions)
        {
            if (!KEYS.containsAll(definition.stringPropertyNames()) || !"activiti".equals(definition.getProperty("engineId")))
            {
                throw new IllegalStateException("not a WorkflowDeployer definition: " + definition);
            }
            Resources.requireAll(List.of(definition.getProperty("location")), "");
        }
        Resources.requireAll(models, "");
        Resources.requireAll(labels, ".properties");
    }
}
