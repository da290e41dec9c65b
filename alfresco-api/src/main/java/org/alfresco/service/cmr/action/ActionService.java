package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.action.ActionService}; compile-only, members we call. */
public interface ActionService
{
    Action createAction(String name, Map<String, Serializable> params);

    void executeAction(Action action, NodeRef actionedUponNodeRef, boolean checkConditions, boolean executeAsynchronously);
}
