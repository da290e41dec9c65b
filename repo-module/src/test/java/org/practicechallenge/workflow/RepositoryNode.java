package org.practicechallenge.workflow;

import java.io.Serializable;

import org.alfresco.repo.jscript.ScriptNode;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Stands in for the {@code ActivitiScriptNode}s Alfresco's start puts in process variables ({@code bpm_package},
 * {@code initiator}): a node reference the engine can store, plus the name it stands for (a person's user name).
 */
public final class RepositoryNode extends ScriptNode implements Serializable
{
    private static final long serialVersionUID = 1L;

    private final NodeRef nodeRef;
    private final String name;

    RepositoryNode(NodeRef nodeRef, String name)
    {
        this.nodeRef = nodeRef;
        this.name = name;
    }

    @Override
    public NodeRef getNodeRef()
    {
        return nodeRef;
    }

    public String name()
    {
        return name;
    }

    /** As {@code ActivitiScriptNode.getProperties()} for a person: the BPMN reads {@code properties.userName}. */
    public java.util.Map<String, Object> getProperties()
    {
        return java.util.Map.of("userName", name);
    }
}
