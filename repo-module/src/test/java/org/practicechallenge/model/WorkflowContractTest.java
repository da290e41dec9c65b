package org.practicechallenge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.practicechallenge.model.DictionaryModel.ClassDefinition;
import org.practicechallenge.model.DictionaryModel.Property;

class WorkflowContractTest {

    private static final String PCWF = "http://www.practicechallenge.org/model/workflow/1.0";
    private static final Pattern JAVA_PCWF_LITERAL = Pattern.compile("\"(pcwf_\\w+)\"");

    private final DictionaryModel content = ShippedResources.contentModel();
    private final DictionaryModel workflow = ShippedResources.workflowModel();
    private final WorkflowContract contract = new WorkflowContract(workflow);
    private final Properties labels = ShippedResources.labels(ShippedResources.WORKFLOW_LABELS);

    @Test
    void everyFormKeyInTheBpmnHasATaskType() {
        List<BpmnProcess> processes = shippedProcesses();
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));

        assertThat(contract.formKeyProblems(processes, scope)).isEmpty();
    }

    @Test
    void everyPcwfVariableUsedInBpmnOrJavaIsAWorkflowModelProperty() {
        Map<String, List<String>> uses = new TreeMap<>();
        for (Path bpmn : ShippedResources.bpmnFiles()) {
            BpmnProcess.pcwfVariablesIn(ShippedResources.read(bpmn))
                    .forEach(v -> uses.computeIfAbsent(v, k -> new ArrayList<>()).add(bpmn.getFileName().toString()));
        }
        for (Path java : ShippedResources.javaSources()) {
            Matcher m = JAVA_PCWF_LITERAL.matcher(ShippedResources.read(java));
            while (m.find()) {
                List<String> where = uses.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                if (!where.contains(java.getFileName().toString())) {
                    where.add(java.getFileName().toString());
                }
            }
        }

        assertThat(contract.undefinedVariables(uses)).isEmpty();
    }

    @Test
    void everyUserTaskHasLabels() {
        assertThat(WorkflowContract.missingLabels(shippedProcesses(), labels)).isEmpty();
    }

    @Test
    void everyAgreedProcessAndUserTaskHasLabels() {
        // Process ids, task types and user task ids are fixed by DEVELOPERS.md, whatever the BPMN holds today.
        List<BpmnProcess> agreed = List.of(
                new BpmnProcess("DEVELOPERS.md", "pcPracticeChallenge",
                        List.of(new BpmnProcess.FormUse("start", "pcwf:raiseChallengeTask")),
                        List.of(task("stage1Response", "pcwf:stageResponseTask"), task("stage1Decision", "pcwf:stageDecisionTask"),
                                task("stage2Response", "pcwf:stageResponseTask"), task("stage2Decision", "pcwf:stageDecisionTask"),
                                task("stage3Response", "pcwf:stageResponseTask"), task("stage3Decision", "pcwf:stageDecisionTask"),
                                task("stage4Response", "pcwf:stageResponseTask"), task("stage4Decision", "pcwf:stageDecisionTask"),
                                task("practiceReviewGroupReferral", "pcwf:practiceReviewGroupTask"),
                                task("familyInformed", "pcwf:familyInformedTask"))),
                new BpmnProcess("DEVELOPERS.md", "pcCinStepDownCheck",
                        List.of(new BpmnProcess.FormUse("start", "pcwf:cinStepDownStartTask")),
                        List.of(task("cinEvidenceCheck", "pcwf:cinEvidenceCheckTask"))));

        assertThat(WorkflowContract.missingLabels(agreed, labels)).isEmpty();
    }

    @Test
    void taskTypesHaveTheParentsTheDevelopersGuideAgrees() {
        Map<String, String> agreed = new LinkedHashMap<>();
        agreed.put("pcwf:raiseChallengeTask", "bpm:startTask");
        agreed.put("pcwf:stageResponseTask", "bpm:workflowTask");
        agreed.put("pcwf:stageDecisionTask", "bpm:activitiOutcomeTask");
        agreed.put("pcwf:practiceReviewGroupTask", "bpm:activitiOutcomeTask");
        agreed.put("pcwf:familyInformedTask", "bpm:workflowTask");
        agreed.put("pcwf:cinStepDownStartTask", "bpm:startTask");
        agreed.put("pcwf:cinEvidenceCheckTask", "bpm:activitiOutcomeTask");

        Map<String, String> actual = new LinkedHashMap<>();
        workflow.types().forEach(t -> actual.put(t.name(), t.parent()));

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(agreed);
    }

    @Test
    void everyTaskTypeShowsWhereTheChallengeStands() {
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));

        for (ClassDefinition type : workflow.types()) {
            assertThat(type.mandatoryAspects()).as("mandatory aspects of %s", type.name()).contains("pcwf:challengeProgress");
            assertThat(scope.propertiesOf(workflow.expand(type.name()).orElseThrow()))
                    .as("properties of %s", type.name()).containsKey("{" + PCWF + "}stage");
        }
    }

    @Test
    void everyOutcomeTaskStoresItsOutcomeInAListConstrainedPropertyOfItsOwn() {
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));
        Map<String, String> agreedOutcomes = Map.of(
                "pcwf:stageDecisionTask", "stageOutcome",
                "pcwf:practiceReviewGroupTask", "referralOutcome",
                "pcwf:cinEvidenceCheckTask", "cinOutcome");

        for (ClassDefinition type : workflow.types()) {
            String expandedType = workflow.expand(type.name()).orElseThrow();
            if (!scope.isA(expandedType, WorkflowContract.BPM + "activitiOutcomeTask")) {
                continue;
            }
            String outcome = "{" + PCWF + "}" + agreedOutcomes.get(type.name());
            assertThat(type.overrides()).as("overrides of %s", type.name())
                    .anySatisfy(o -> {
                        assertThat(o.name()).isEqualTo("bpm:outcomePropertyName");
                        assertThat(o.defaultValue()).isEqualTo(outcome);
                    });
            Property property = scope.propertiesOf(expandedType).get(outcome);
            assertThat(property).as("%s on %s", outcome, type.name()).isNotNull();
            assertThat(property.constraints()).as("constraints of %s", property.name())
                    .anySatisfy(c -> assertThat(scope.resolve(workflow, c)).hasValueSatisfying(k -> assertThat(k.type()).isEqualTo("LIST")));
        }
        assertThat(workflow.types()).filteredOn(t -> agreedOutcomes.containsKey(t.name())).hasSize(agreedOutcomes.size());
    }

    @Test
    void aFormKeyWithoutATaskTypeOrOfTheWrongKindIsReported() {
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));
        List<BpmnProcess> scratch = BpmnProcess.parse("""
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:activiti="http://activiti.org/bpmn" targetNamespace="urn:scratch">
                    <process id="pcScratch">
                        <startEvent id="start" activiti:formKey="pcwf:stageResponseTask"/>
                        <userTask id="misspelt" activiti:formKey="pcwf:stageResponceTask"/>
                        <userTask id="bare"/>
                        <userTask id="startAgain" activiti:formKey="pcwf:raiseChallengeTask"/>
                        <userTask id="underscored" activiti:formKey="pcwf_stageDecisionTask"/>
                    </process>
                </definitions>
                """, "scratch.bpmn20.xml");

        assertThat(contract.formKeyProblems(scratch, scope)).containsExactlyInAnyOrder(
                "scratch.bpmn20.xml process pcScratch start event start has formKey pcwf:stageResponseTask, which does not extend bpm:startTask",
                "scratch.bpmn20.xml process pcScratch user task misspelt has formKey pcwf:stageResponceTask, which is not a type of pcwf:practiceChallengeWorkflowModel",
                "scratch.bpmn20.xml process pcScratch user task bare has no activiti:formKey, so Alfresco would fall back to a generic bpm:workflowTask form",
                "scratch.bpmn20.xml process pcScratch user task startAgain has formKey pcwf:raiseChallengeTask, which is not a bpm:workflowTask (start types open workflows only)");
    }

    @Test
    void aPcwfVariableMissingFromTheModelOrAMissingTaskLabelIsReported() {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:activiti="http://activiti.org/bpmn" targetNamespace="urn:scratch">
                    <process id="pcPracticeChallenge">
                        <startEvent id="start" activiti:formKey="pcwf:raiseChallengeTask"/>
                        <userTask id="stage5Response" activiti:formKey="pcwf:stageResponseTask"/>
                        <sequenceFlow id="f" sourceRef="start" targetRef="stage5Response">
                            <conditionExpression>${pcwf_stage == 'stage1' &amp;&amp; pcwf_stageOutcom == 'escalate'}</conditionExpression>
                        </sequenceFlow>
                    </process>
                </definitions>
                """;
        List<BpmnProcess> scratch = BpmnProcess.parse(xml, "scratch.bpmn20.xml");
        Map<String, List<String>> uses = new TreeMap<>();
        BpmnProcess.pcwfVariablesIn(xml).forEach(v -> uses.put(v, List.of("scratch.bpmn20.xml")));

        assertThat(contract.undefinedVariables(uses)).containsExactly(
                "pcwf_stageOutcom (used in scratch.bpmn20.xml) is not a property or association of pcwf:practiceChallengeWorkflowModel");
        assertThat(WorkflowContract.missingLabels(scratch, labels)).containsExactlyInAnyOrder(
                "scratch.bpmn20.xml: pcPracticeChallenge.node.stage5Response.title",
                "scratch.bpmn20.xml: pcPracticeChallenge.node.stage5Response.description");
    }

    /** The shipped processes; none at all is a failure, not a skip, because the module cannot work without them. */
    private static List<BpmnProcess> shippedProcesses() {
        List<Path> files = ShippedResources.bpmnFiles();
        assertThat(files).as("no BPMN found: expected *.bpmn20.xml in %s", ShippedResources.workflowFolder()).isNotEmpty();
        List<BpmnProcess> processes = files.stream().flatMap(f -> BpmnProcess.read(f).stream()).toList();
        assertThat(processes).as("no BPMN process found in %s", files).isNotEmpty();
        return processes;
    }

    private static BpmnProcess.FormUse task(String id, String formKey) {
        return new BpmnProcess.FormUse(id, formKey);
    }
}
