package org.practicechallenge.context;

import java.util.List;

/**
 * Stands in for Alfresco's abstract {@code dictionaryModelBootstrap} (class
 * {@code org.alfresco.repo.dictionary.DictionaryBootstrap}, init-method {@code bootstrap}): it takes the same
 * {@code models} and {@code labels} properties our bootstrap sets, and its {@code bootstrap} checks that every model
 * and message bundle named is on the classpath, as Alfresco would fail at startup if one were not. Alfresco's parent
 * also sets {@code dictionaryDAO}, {@code tenantService} and friends; those are Alfresco's own wiring, not ours.
 */
public class DictionaryBootstrapStandIn
{
    private List<String> models = List.of();
    private List<String> labels = List.of();

    public void setModels(List<String> models)
    {
        this.models = models;
    }

    public void setLabels(List<String> labels)
    {
        this.labels = labels;
    }

    public List<String> models()
    {
        return models;
    }

    public void bootstrap()
    {
        Resources.requireAll(models, "");
        Resources.requireAll(labels, ".properties");
    }
}
