package org.alfresco.service.cmr.search;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.search.ResultSetRow}; compile-only, present because
 * {@link ResultSet} is typed by it. Practice Challenge calls none of its members.
 */
public interface ResultSetRow
{
}
