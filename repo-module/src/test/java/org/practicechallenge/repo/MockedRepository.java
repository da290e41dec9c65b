package org.practicechallenge.repo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;

/**
 * A Mockito {@link NodeService} whose answers keep nodes in maps, so a test can read back what the adapters wrote.
 * It stores and returns; it applies no Alfresco rule (no behaviours, permissions, defaults or name checks), so no
 * test passes on an imitation of Alfresco. The stubbed members are exactly those the adapters call.
 */
public final class MockedRepository
{
    private final NodeService nodeService = mock(NodeService.class);
    private final Map<NodeRef, QName> types = new HashMap<>();
    private final Map<NodeRef, Map<QName, Serializable>> properties = new HashMap<>();
    private final Map<NodeRef, Set<QName>> aspects = new HashMap<>();
    private final Map<NodeRef, ChildAssociationRef> parents = new HashMap<>();
    private final Map<NodeRef, List<ChildAssociationRef>> children = new LinkedHashMap<>();
    private int created;

    public MockedRepository()
    {
        lenient().when(nodeService.exists(any(NodeRef.class))).thenAnswer(call -> types.containsKey(call.<NodeRef>getArgument(0)));
        lenient().when(nodeService.getType(any())).thenAnswer(call -> types.get(call.<NodeRef>getArgument(0)));
        lenient().when(nodeService.hasAspect(any(), any())).thenAnswer(call -> aspectsOf(call.getArgument(0)).contains(call.<QName>getArgument(1)));
        lenient().when(nodeService.getProperties(any())).thenAnswer(call -> new HashMap<>(propertiesOf(call.getArgument(0))));
        lenient().when(nodeService.getProperty(any(), any())).thenAnswer(call -> propertiesOf(call.getArgument(0)).get(call.<QName>getArgument(1)));
        lenient().when(nodeService.getPrimaryParent(any())).thenAnswer(call -> parents.get(call.<NodeRef>getArgument(0)));
        lenient().when(nodeService.getChildAssocs(any(NodeRef.class))).thenAnswer(call -> childrenOf(call.getArgument(0), null));
        lenient().when(nodeService.getChildAssocs(any(NodeRef.class), anySet())).thenAnswer(call -> childrenOf(call.getArgument(0), call.getArgument(1)));
        lenient().doAnswer(call ->
        {
            propertiesOf(call.getArgument(0)).putAll(call.getArgument(1));
            return null;
        }).when(nodeService).addProperties(any(), anyMap());
        lenient().doAnswer(call ->
        {
            propertiesOf(call.getArgument(0)).put(call.getArgument(1), call.getArgument(2));
            return null;
        }).when(nodeService).setProperty(any(), any(), any());
        lenient().doAnswer(call ->
        {
            aspectsOf(call.getArgument(0)).add(call.getArgument(1));
            Map<QName, Serializable> added = call.getArgument(2);
            if (added != null)
            {
                propertiesOf(call.getArgument(0)).putAll(added);
            }
            return null;
        }).when(nodeService).addAspect(any(), any(), any());
        lenient().when(nodeService.createNode(any(), any(), any(), any(), anyMap())).thenAnswer(call ->
        {
            Map<QName, Serializable> given = call.getArgument(4);
            Serializable uuid = given.get(ContentModel.PROP_NODE_UUID);
            NodeRef child = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, uuid != null ? uuid.toString() : "node-" + ++created);
            return add(call.getArgument(0), child, call.getArgument(1), call.getArgument(2), call.getArgument(3), given);
        });
    }

    public NodeService nodeService()
    {
        return nodeService;
    }

    /** A node that already exists, such as a child's case folder. */
    public NodeRef node(String id, QName type, Set<QName> nodeAspects, Map<QName, Serializable> nodeProperties)
    {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
        types.put(node, type);
        aspects.put(node, new HashSet<>(nodeAspects));
        properties.put(node, new HashMap<>(nodeProperties));
        return node;
    }

    public Map<QName, Serializable> properties(NodeRef node)
    {
        return propertiesOf(node);
    }

    public Set<QName> aspects(NodeRef node)
    {
        return aspectsOf(node);
    }

    public QName type(NodeRef node)
    {
        return types.get(node);
    }

    /** The children of {@code parent} of this type, in the order they were created. */
    public List<NodeRef> children(NodeRef parent, QName type)
    {
        return childrenOf(parent, type == null ? null : Set.of(type)).stream().map(ChildAssociationRef::getChildRef).toList();
    }

    private ChildAssociationRef add(NodeRef parent, NodeRef child, QName assocType, QName assocName, QName type,
            Map<QName, Serializable> given)
    {
        ChildAssociationRef assoc = new ChildAssociationRef(assocType, parent, assocName, child, true, -1);
        types.put(child, type);
        aspects.put(child, new HashSet<>());
        properties.put(child, new HashMap<>(given));
        parents.put(child, assoc);
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(assoc);
        return assoc;
    }

    private List<ChildAssociationRef> childrenOf(NodeRef parent, Set<QName> ofTypes)
    {
        return children.getOrDefault(parent, List.of()).stream()
                .filter(assoc -> ofTypes == null || ofTypes.contains(types.get(assoc.getChildRef())))
                .toList();
    }

    private Map<QName, Serializable> propertiesOf(NodeRef node)
    {
        Map<QName, Serializable> found = properties.get(node);
        if (found == null)
        {
            throw new IllegalArgumentException("no node " + node + " in the mocked repository");
        }
        return found;
    }

    private Set<QName> aspectsOf(NodeRef node)
    {
        return aspects.computeIfAbsent(node, n -> new HashSet<>());
    }
}
