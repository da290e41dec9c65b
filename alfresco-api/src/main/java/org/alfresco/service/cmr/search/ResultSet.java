package org.alfresco.service.cmr.search;

/** Mirrors Alfresco's {@code org.alfresco.service.cmr.search.ResultSet}, which declares no members of its own. */
public interface ResultSet extends ResultSetSPI<ResultSetRow, ResultSetMetaData>
{
}
