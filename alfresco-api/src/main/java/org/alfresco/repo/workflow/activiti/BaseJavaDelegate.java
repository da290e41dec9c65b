package org.alfresco.repo.workflow.activiti;

import org.activiti.engine.delegate.JavaDelegate;

/**
 * Alfresco's base for delegates registered in {@code activitiBeanRegistry}. Declared without members: Spring's
 * {@code baseJavaDelegate} parent bean sets {@code serviceRegistry} and {@code beanRegistry} on the real class.
 */
public abstract class BaseJavaDelegate implements JavaDelegate
{
}
