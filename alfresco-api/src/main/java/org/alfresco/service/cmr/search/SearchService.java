package org.alfresco.service.cmr.search;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.search.SearchService}; compile-only, declaring only the
 * members Practice Challenge calls.
 */
public interface SearchService
{
    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";

    ResultSet query(SearchParameters searchParameters);
}
