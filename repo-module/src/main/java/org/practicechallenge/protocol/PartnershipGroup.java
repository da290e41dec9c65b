package org.practicechallenge.protocol;

/**
 * A group the partnership's configuration names, and what it is for: the stage groups of an agency, the partnership,
 * the Practice Review Group. Tasks go to these groups; a group that does not exist gives a task nobody sees.
 *
 * @param authority the group's authority name ({@code GROUP_...})
 * @param agency the agency whose stage group it is, or {@code null} for a partnership-wide group
 * @param stage the stage it acts at, or {@code null} for a partnership-wide group
 */
public record PartnershipGroup(String authority, Agency agency, Stage stage)
{
    /** The name without Alfresco's {@code GROUP_} prefix, as group administrators see it. */
    public String shortName()
    {
        return authority.startsWith("GROUP_") ? authority.substring("GROUP_".length()) : authority;
    }
}
