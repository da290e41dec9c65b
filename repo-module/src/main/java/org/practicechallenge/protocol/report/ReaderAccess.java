package org.practicechallenge.protocol.report;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.practicechallenge.protocol.Agency;
import org.practicechallenge.protocol.AgencyDirectory;
import org.practicechallenge.protocol.Stage;

/**
 * What one reader may see of the partnership's challenges, from the groups they belong to and the partnership's
 * configured groups ({@link AgencyDirectory}).
 *
 * <ul>
 * <li>Directors' list of escalations: administrators, the partnership group and the Practice Review Group see every
 * agency's; anyone in any of an agency's stage groups sees challenges that agency raised or answers. Each row is
 * still shown only if the reader may read that challenge (checked by the caller).</li>
 * <li>Partnership report (counts only, no child's details): administrators, the partnership group and the Practice
 * Review Group see the whole partnership; an agency's senior managers and director (its Stage 3 and Stage 4 groups)
 * see the challenges their agency raised or answers, so the directors' dashlet can show its charts.</li>
 * </ul>
 * Anyone else may see neither.
 */
public final class ReaderAccess
{
    private final boolean administrator;
    private final boolean partnershipWide;
    private final Set<String> agencies;
    private final Set<String> seniorAgencies;

    private ReaderAccess(boolean administrator, boolean partnershipWide, Set<String> agencies, Set<String> seniorAgencies)
    {
        this.administrator = administrator;
        this.partnershipWide = partnershipWide;
        this.agencies = agencies;
        this.seniorAgencies = seniorAgencies;
    }

    /**
     * @param administrator whether the repository counts the reader as an administrator
     * @param authorities   every authority the reader holds, groups included ({@code GROUP_...})
     */
    public static ReaderAccess of(boolean administrator, Collection<String> authorities, AgencyDirectory directory)
    {
        boolean partnershipWide = containsAny(authorities, directory.partnershipGroups())
                || containsAny(authorities, directory.practiceReviewGroups());
        Set<String> agencies = new TreeSet<>();
        Set<String> seniorAgencies = new TreeSet<>();
        for (Agency agency : directory.agencies())
        {
            for (Stage stage : Stage.values())
            {
                if (stage.isAgencyStage() && containsAny(authorities, agency.groupsAt(stage)))
                {
                    agencies.add(agency.code());
                    if (stage.number() >= Stage.STAGE_3.number())
                    {
                        seniorAgencies.add(agency.code());
                    }
                }
            }
        }
        return new ReaderAccess(administrator, partnershipWide, Set.copyOf(agencies), Set.copyOf(seniorAgencies));
    }

    /** Administrators may read every node, so their rows need no permission check. */
    public boolean isAdministrator()
    {
        return administrator;
    }

    /** The agencies whose escalations the reader may list, or empty when they may not use the list at all. */
    public Optional<AgencyScope> escalationScope()
    {
        if (administrator || partnershipWide)
        {
            return Optional.of(AgencyScope.allAgencies());
        }
        return agencies.isEmpty() ? Optional.empty() : Optional.of(AgencyScope.agencies(agencies));
    }

    /** The agencies the reader's partnership report covers, or empty when they may not see it at all. */
    public Optional<AgencyScope> reportScope()
    {
        if (administrator || partnershipWide)
        {
            return Optional.of(AgencyScope.allAgencies());
        }
        return seniorAgencies.isEmpty() ? Optional.empty() : Optional.of(AgencyScope.agencies(seniorAgencies));
    }

    private static boolean containsAny(Collection<String> authorities, Collection<String> groups)
    {
        for (String group : groups)
        {
            if (authorities.contains(group))
            {
                return true;
            }
        }
        return false;
    }
}
