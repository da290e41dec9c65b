package org.alfresco.repo.jscript;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Mirrors Alfresco's {@code org.alfresco.repo.jscript.ScriptNode} (the type of {@code bpm_package} and
 * {@code initiator} in Activiti, as its subclass {@code ActivitiScriptNode}); compile-only, declaring only
 * {@link #getNodeRef()}. Its interfaces ({@code Scopeable}, {@code NamespacePrefixResolverProvider}) are left out.
 */
public class ScriptNode
{
    public NodeRef getNodeRef()
    {
        throw new UnsupportedOperationException("compile-only declaration; ACS provides ScriptNode");
    }
}
