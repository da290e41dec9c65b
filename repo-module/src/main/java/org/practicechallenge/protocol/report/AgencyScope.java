package org.practicechallenge.protocol.report;

import java.util.Set;

/**
 * Whose challenges a reader may see: everyone's (administrators, the partnership, the Practice Review Group) or
 * only those raised by or against the reader's own agencies.
 */
public final class AgencyScope
{
    private static final AgencyScope ALL = new AgencyScope(null);

    private final Set<String> agencies;

    private AgencyScope(Set<String> agencies)
    {
        this.agencies = agencies;
    }

    public static AgencyScope allAgencies()
    {
        return ALL;
    }

    public static AgencyScope agencies(Set<String> codes)
    {
        return new AgencyScope(Set.copyOf(codes));
    }

    public boolean isAllAgencies()
    {
        return agencies == null;
    }

    /** The agencies in scope; empty when the scope is every agency. */
    public Set<String> agencies()
    {
        return agencies == null ? Set.of() : agencies;
    }

    public boolean isEmpty()
    {
        return agencies != null && agencies.isEmpty();
    }

    public boolean covers(ChallengeSummary challenge)
    {
        if (agencies == null)
        {
            return true;
        }
        return contains(challenge.raisingAgency()) || contains(challenge.respondingAgency());
    }

    private boolean contains(String agency)
    {
        return agency != null && agencies.contains(agency);
    }

    @Override
    public String toString()
    {
        return agencies == null ? "AgencyScope[all]" : "AgencyScope" + agencies;
    }
}
