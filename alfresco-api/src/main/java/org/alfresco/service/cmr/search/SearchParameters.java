package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.StoreRef;

/**
 * Mirrors Alfresco's {@code org.alfresco.service.cmr.search.SearchParameters}; compile-only, declaring only the
 * members Practice Challenge calls (the real class also implements {@code BasicSearchParameters}, through which we
 * call nothing). The constructor is empty so that code under test can create one; every other member throws, and
 * tests intercept the construction with Mockito's {@code mockConstruction} to see what was asked for.
 */
public class SearchParameters
{
    public SearchParameters()
    {
    }

    public void setLanguage(String language)
    {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public void setQuery(String query)
    {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public void addStore(StoreRef store)
    {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public void addSort(String field, boolean ascending)
    {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public void setMaxItems(int maxItems)
    {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public void setSkipCount(int skipCount)
    {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
