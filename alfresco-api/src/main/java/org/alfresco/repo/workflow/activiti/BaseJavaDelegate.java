package org.alfresco.repo.workflow.activiti;

import org.activiti.engine.delegate.JavaDelegate;

/**
 * Alfresco's base for delegates registered in {@code activitiBeanRegistry}. Spring's {@code baseJavaDelegate} parent
 * bean sets {@code serviceRegistry} and {@code beanRegistry} on the real class; its {@code setBeanRegistry} puts the
 * delegate under {@link #getName()}, the key BPMN names in {@code ${...}}. Only {@code getName} is declared, because
 * our delegates override it; the setters are left out.
 */
public abstract class BaseJavaDelegate implements JavaDelegate
{
    /** Alfresco's default: the simple class name. */
    protected String getName()
    {
        throw new UnsupportedOperationException("compile-only declaration of Alfresco's BaseJavaDelegate");
    }
}
