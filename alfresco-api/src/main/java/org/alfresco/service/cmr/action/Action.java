package org.alfresco.service.cmr.action;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.action.Action}; compile-only. We only pass actions from
 * {@link ActionService#createAction(String, java.util.Map)} back to the service, so no member is declared
 * (Alfresco's supertype {@code ParameterizedItem} omitted).
 */
public interface Action
{
}
