package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.search.ResultSetSPI}; compile-only, declaring only the
 * members Practice Challenge calls.
 */
public interface ResultSetSPI<ROW extends ResultSetRow, MD extends ResultSetMetaData> extends Iterable<ROW>
{
    void close();

    List<NodeRef> getNodeRefs();

    boolean hasMore();
}
