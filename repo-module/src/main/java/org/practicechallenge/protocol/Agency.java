package org.practicechallenge.protocol;

import java.util.List;
import java.util.Map;

/**
 * An agency of the partnership and the groups that act for it at each of Stages 1-4.
 *
 * @param firstLineManagers the groups of its first line managers, who answer or decide at Stage 1 beside the person
 *        named ({@code practicechallenge.agency.<code>.firstLineManagers.group}); empty when not configured
 */
public record Agency(String code, String name, Map<Stage, List<String>> groupsByStage, List<String> firstLineManagers)
{
    public Agency
    {
        groupsByStage = Map.copyOf(groupsByStage);
        firstLineManagers = List.copyOf(firstLineManagers);
    }

    public List<String> groupsAt(Stage stage)
    {
        return groupsByStage.getOrDefault(stage, List.of());
    }

    /** Who stands beside a named person at Stage 1: the first line managers, or the whole Stage 1 groups when none are configured. */
    public List<String> stageOneManagers()
    {
        return firstLineManagers.isEmpty() ? groupsAt(Stage.STAGE_1) : firstLineManagers;
    }
}
