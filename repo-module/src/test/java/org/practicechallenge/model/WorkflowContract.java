package org.practicechallenge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.practicechallenge.model.BpmnProcess.FormUse;

/**
 * The agreement between the BPMN, the Java and the workflow model: each formKey is a task type of the right
 * kind, each {@code pcwf_x} variable is the property {@code pcwf:x}, and each process and task has labels.
 * Methods return readable problems; empty means the contract holds.
 */
final class WorkflowContract {

    static final String BPM = "{http://www.alfresco.org/model/bpm/1.0}";
    static final String START_TASK = BPM + "startTask";
    static final String WORKFLOW_TASK = BPM + "workflowTask";

    private final DictionaryModel workflowModel;

    WorkflowContract(DictionaryModel workflowModel) {
        this.workflowModel = workflowModel;
    }

    /**
     * Alfresco resolves a formKey to a dictionary type and, when there is none, silently falls back to
     * bpm:workflowTask (or the default start task), so Share shows a generic form: each must be found here.
     */
    List<String> formKeyProblems(List<BpmnProcess> processes, DictionaryScope scope) {
        List<String> problems = new ArrayList<>();
        for (BpmnProcess process : processes) {
            String where = process.source() + " process " + process.id();
            if (process.startEvents().isEmpty()) {
                problems.add(where + " has no start event of its own");
            }
            for (FormUse start : process.startEvents()) {
                checkFormKey(where + " start event " + start.activityId(), start.formKey(), true, scope, problems);
            }
            for (FormUse task : process.userTasks()) {
                checkFormKey(where + " user task " + task.activityId(), task.formKey(), false, scope, problems);
            }
        }
        return problems;
    }

    /** Variables ({@code pcwf_x}) with no property {@code pcwf:x} in the workflow model, each with where it is used. */
    List<String> undefinedVariables(Map<String, List<String>> usesByVariable) {
        List<String> problems = new ArrayList<>();
        usesByVariable.forEach((variable, uses) -> {
            String property = variable.replaceFirst("_", ":");
            if (workflowModel.property(property).isEmpty() && !workflowModel.associations().contains(property)) {
                problems.add(variable + " (used in " + String.join(", ", uses) + ") is not a property or association of " + workflowModel.name());
            }
        });
        return problems;
    }

    /**
     * Keys Alfresco's WorkflowObjectFactory looks up for a deployed process: {@code <process>.workflow.*},
     * {@code <process>.task.<formKey>.title} for each task type, {@code <process>.node.<activity>.*} for each
     * user task.
     */
    static List<String> missingLabels(List<BpmnProcess> processes, Properties bundle) {
        List<String> missing = new ArrayList<>();
        for (BpmnProcess process : processes) {
            List<String> keys = new ArrayList<>(List.of(process.id() + ".workflow.title", process.id() + ".workflow.description"));
            for (FormUse start : process.startEvents()) {
                if (start.formKey() != null) {
                    keys.add(taskLabelKey(process.id(), start.formKey()));
                }
            }
            for (FormUse task : process.userTasks()) {
                if (task.formKey() != null) {
                    keys.add(taskLabelKey(process.id(), task.formKey()));
                }
                keys.add(process.id() + ".node." + task.activityId() + ".title");
                keys.add(process.id() + ".node." + task.activityId() + ".description");
            }
            keys.stream().distinct().filter(k -> bundle.getProperty(k) == null || bundle.getProperty(k).isBlank())
                    .map(k -> process.source() + ": " + k).forEach(missing::add);
        }
        return missing;
    }

    static String taskLabelKey(String processId, String formKey) {
        return processId + ".task." + formKey.replace(':', '_') + ".title";
    }

    private void checkFormKey(String where, String formKey, boolean start, DictionaryScope scope, List<String> problems) {
        if (formKey == null) {
            problems.add(where + " has no activiti:formKey, so Alfresco would fall back to a generic "
                    + (start ? "start form" : "bpm:workflowTask form"));
            return;
        }
        Optional<String> type = typeOf(formKey);
        if (type.isEmpty() || scope.kindOf(type.get()).filter(k -> k == DictionaryScope.Kind.TYPE).isEmpty()) {
            problems.add(where + " has formKey " + formKey + ", which is not a type of " + workflowModel.name());
            return;
        }
        boolean isStartType = scope.isA(type.get(), START_TASK);
        if (start && !isStartType) {
            problems.add(where + " has formKey " + formKey + ", which does not extend bpm:startTask");
        }
        if (!start && (isStartType || !scope.isA(type.get(), WORKFLOW_TASK))) {
            problems.add(where + " has formKey " + formKey + ", which is not a bpm:workflowTask (start types open workflows only)");
        }
    }

    /** The type a formKey names; like Alfresco, {@code pcwf_x} is read as {@code pcwf:x}. */
    private Optional<String> typeOf(String formKey) {
        String prefixed = formKey.contains(":") ? formKey : formKey.replaceFirst("_", ":");
        return workflowModel.classNamed(prefixed).isPresent() ? workflowModel.expand(prefixed) : Optional.empty();
    }
}
