package org.practicechallenge.protocol;

import java.util.List;
import java.util.Map;

/** An agency of the partnership and the groups that act for it at each of Stages 1-4. */
public record Agency(String code, String name, Map<Stage, List<String>> groupsByStage)
{
    public Agency
    {
        groupsByStage = Map.copyOf(groupsByStage);
    }

    public List<String> groupsAt(Stage stage)
    {
        return groupsByStage.getOrDefault(stage, List.of());
    }
}
