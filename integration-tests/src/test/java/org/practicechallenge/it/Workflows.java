package org.practicechallenge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workflow REST API ({@code /api/-default-/public/workflow/versions/1}) as Share uses it: start a process with
 * variables, find a process's open task by its BPMN id, claim a pooled task and complete it with task variables;
 * and the challenge's nodes as the repository keeps them.
 */
final class Workflows
{
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private Workflows()
    {
    }

    /** Starts {@code processDefinitionKey} as {@code who}; the answer is returned so refusals can be checked. */
    static Rest.Answer start(Rest who, String processDefinitionKey, Map<String, Object> variables)
    {
        return who.post(Acs.WORKFLOW_API + "/processes", Map.of("processDefinitionKey", processDefinitionKey, "variables", variables));
    }

    static String started(Rest who, String processDefinitionKey, Map<String, Object> variables)
    {
        return start(who, processDefinitionKey, variables).json(201).at("/entry/id").asText();
    }

    /** The open task {@code activityId} (e.g. stage2Response) of the process, waiting for timers and async steps. */
    static JsonNode task(String processId, String activityId)
    {
        return task(processId, activityId, PATIENCE);
    }

    static JsonNode task(String processId, String activityId, Duration patience)
    {
        return eventually("task " + activityId + " of process " + processId, patience, () -> openTasks(processId).stream()
                .filter(task -> activityId.equals(task.path("activityDefinitionId").asText())).findFirst());
    }

    static List<JsonNode> openTasks(String processId)
    {
        JsonNode list = Rest.admin().get(Acs.WORKFLOW_API + "/processes/" + processId + "/tasks?maxItems=100").json(200);
        List<JsonNode> tasks = new ArrayList<>();
        list.at("/list/entries").forEach(entry -> tasks.add(entry.path("entry")));
        return tasks;
    }

    /** Claims the task when it is pooled, then completes it with {@code variables} as task-local values. */
    static void complete(Rest who, JsonNode task, Map<String, ?> variables)
    {
        String id = task.path("id").asText();
        if (task.path("assignee").isMissingNode() || task.path("assignee").isNull() || task.path("assignee").asText().isEmpty())
        {
            who.put(Acs.WORKFLOW_API + "/tasks/" + id + "?select=state", Map.of("state", "claimed")).json(200);
        }
        List<Map<String, Object>> values = new ArrayList<>();
        variables.forEach((name, value) -> values.add(Map.of("name", name, "value", value, "scope", "local")));
        who.put(Acs.WORKFLOW_API + "/tasks/" + id + "?select=state,variables", Map.of("state", "completed", "variables", values))
                .json(200);
    }

    /** What every stage task needs: a discussion with facts kept apart from opinion. */
    static Map<String, Object> discussion(String who, String stage)
    {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("pcwf_discussionMethod", "meeting");
        record.put("pcwf_facts", who + " met the other agency at " + stage + "; the assessment was completed on 3 March.");
        record.put("pcwf_opinion", who + " thinks the plan does not yet address the school's concerns.");
        record.put("pcwf_outcomeSummary", "Discussed at " + stage + " by " + who + ".");
        record.put("pcwf_agreedActions", "Share the updated plan within five working days.");
        return record;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... pairs)
    {
        Map<String, Object> values = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2)
        {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /** The pc:practiceChallenge nodes in a case folder, with properties. */
    static List<JsonNode> challenges(String caseFolder)
    {
        return children(caseFolder, "pc:practiceChallenge");
    }

    static JsonNode challenge(String caseFolder)
    {
        return eventually("a pc:practiceChallenge in " + caseFolder, () -> challenges(caseFolder).stream().findFirst());
    }

    /** The case-record entries of a challenge. */
    static List<JsonNode> entries(String challenge)
    {
        return children(challenge, "pc:caseRecordEntry");
    }

    static JsonNode node(String id)
    {
        return Rest.admin().get(Acs.CORE_API + "/nodes/" + id + "?include=properties,aspectNames").json(200).path("entry");
    }

    static List<JsonNode> children(String parent, String type)
    {
        String where = Rest.encode("(nodeType='" + type + "')");
        JsonNode list = Rest.admin().get(Acs.CORE_API + "/nodes/" + parent + "/children?where=" + where
                + "&include=properties,aspectNames&maxItems=500").json(200);
        List<JsonNode> nodes = new ArrayList<>();
        list.at("/list/entries").forEach(entry -> nodes.add(entry.path("entry")));
        return nodes;
    }

    static String property(JsonNode node, String name)
    {
        return node.path("properties").path(name).asText(null);
    }

    /** Waits until {@code probe} answers (ACS runs some steps after the request returns, e.g. timers and indexing). */
    static <T> T eventually(String what, Supplier<Optional<T>> probe)
    {
        return eventually(what, PATIENCE, probe);
    }

    static <T> T eventually(String what, Duration patience, Supplier<Optional<T>> probe)
    {
        Instant deadline = Instant.now().plus(patience);
        while (true)
        {
            Optional<T> value = probe.get();
            if (value.isPresent())
            {
                return value.get();
            }
            assertThat(Instant.now()).as("waited %s for %s", patience, what).isBefore(deadline);
            try
            {
                Thread.sleep(1000);
            }
            catch (InterruptedException e)
            {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
