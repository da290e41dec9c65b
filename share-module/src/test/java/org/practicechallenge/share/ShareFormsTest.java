package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicechallenge.share.ShareConfig.Form;
import org.w3c.dom.Element;

/** The forms in share-config-custom.xml against the content models and Share's own form controls. */
class ShareFormsTest
{
    /** Fields Share's workflow forms draw without a model property (as in Share's own workflow forms). */
    static final Set<String> WORKFLOW_PSEUDO_FIELDS = Set.of("packageItems", "transitions", "message", "taskOwner");

    static final String TEXTAREA = "/org/alfresco/components/form/controls/textarea.ftl";
    static final String OUTCOME_BUTTONS = "/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl";

    static ShareConfig config;

    @BeforeAll
    static void readConfig()
    {
        config = new ShareConfig(ModuleFiles.SHARE_CONFIG);
    }

    @Test
    void everyFormFieldRefersToAPropertyOrAssociationOfOurModelsOrAlfrescos()
    {
        Path reference = ModuleFiles.alfrescoReference();
        List<Path> modelFiles = new ArrayList<>(ModuleFiles.xmlFiles(reference.resolve("dictionary")));
        Path ours = ModuleFiles.repoModels();
        if (ours != null)
        {
            modelFiles.addAll(ModuleFiles.xmlFiles(ours));
        }
        Dictionary dictionary = Dictionary.read(modelFiles);
        Map<String, String> startTasks = startTaskTypes();

        List<String> problems = new ArrayList<>();
        for (Form form : config.forms())
        {
            String className = classOf(form, startTasks);
            boolean workflow = form.evaluator.equals("task-type") || form.condition.startsWith("activiti$");
            Set<String> allowed = new LinkedHashSet<>();
            if (dictionary.hasClass(className))
            {
                allowed.addAll(dictionary.membersOf(className));
                if (!workflow)
                {
                    allowed.addAll(dictionary.aspectMembers());
                    if (ours == null)
                    {
                        // Aspects of ours (pc:childCase) on Alfresco's types, until our models exist.
                        allowed.addAll(NamingContract.PC_PROPERTIES);
                    }
                }
            }
            else
            {
                // Our models are not written yet: hold the form to the names in DEVELOPERS.md.
                assertThat(NamingContract.CLASSES).as("class of %s", form).contains(className);
                allowed.addAll(dictionary.allMembers());
                allowed.addAll(NamingContract.PC_PROPERTIES);
                allowed.addAll(NamingContract.PCWF_PROPERTIES);
            }
            if (workflow)
            {
                allowed.addAll(WORKFLOW_PSEUDO_FIELDS);
            }
            Set<String> used = new LinkedHashSet<>(form.shownIds());
            form.fields().forEach(f -> used.add(f.getAttribute("id")));
            for (String id : used)
            {
                if (!allowed.contains(id))
                {
                    problems.add(form + ": " + id + " is not a property or association of " + className);
                }
            }
        }
        assertThat(problems).as("fields that Share could not bind").isEmpty();
    }

    @Test
    void everyFieldIsShownAndBelongsToADeclaredSet()
    {
        List<String> problems = new ArrayList<>();
        for (Form form : config.forms())
        {
            Set<String> sets = new LinkedHashSet<>();
            form.sets().forEach(s -> sets.add(s.getAttribute("id")));
            for (Element field : form.fields())
            {
                String id = field.getAttribute("id");
                if (!form.shows(id))
                {
                    problems.add(form + ": field " + id + " is configured but never shown");
                }
                if (field.hasAttribute("set") && !sets.contains(field.getAttribute("set")))
                {
                    problems.add(form + ": field " + id + " names undeclared set " + field.getAttribute("set"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyControlTemplateExistsInShareOrInThisModule()
    {
        Set<String> shareTemplates = ModuleFiles.lines(ModuleFiles.alfrescoReference().resolve("share/form-control-templates.txt"));
        List<String> missing = new ArrayList<>();
        for (Element control : ModuleFiles.elements(config.document, "control"))
        {
            String template = control.getAttribute("template");
            boolean ours = Files.isRegularFile(ModuleFiles.SITE_WEBSCRIPTS.resolve(template.substring(1)));
            if (!shareTemplates.contains(template) && !ours)
            {
                missing.add(template);
            }
        }
        assertThat(missing).as("control templates neither in Share nor in this module").isEmpty();
        assertThat(shareTemplates).as("the outcome-button control this module relies on").contains(OUTCOME_BUTTONS);
    }

    @Test
    void everyWorkflowTaskTypeHasATaskFormAndAWorkflowDetailsForm()
    {
        Set<String> taskTypes = new LinkedHashSet<>(NamingContract.TASK_OUTCOMES.keySet());
        taskTypes.addAll(userTaskTypesOfTheProcesses());
        for (String taskType : taskTypes)
        {
            assertThat(config.forms("task-type", taskType)).as(taskType).extracting(f -> f.id)
                .contains("", "workflow-details");
        }
        for (String startTask : NamingContract.START_TASKS.values())
        {
            assertThat(config.forms("task-type", startTask)).as(startTask).extracting(f -> f.id).contains("workflow-details");
        }
        for (String process : NamingContract.START_TASKS.keySet())
        {
            assertThat(config.forms("string-compare", "activiti$" + process)).as("start form of " + process).isNotEmpty();
        }
    }

    @Test
    void outcomeTasksShowOneButtonPerValueOfTheirOutcomeProperty()
    {
        NamingContract.TASK_OUTCOMES.forEach((taskType, outcome) -> {
            Form form = config.form("task-type", taskType, "");
            if (outcome.isEmpty())
            {
                assertThat(form.shows("transitions")).as("%s ends with Share's Task Done button", taskType).isTrue();
            }
            else
            {
                assertThat(form.shows("transitions")).as("%s has outcome buttons instead of Task Done", taskType).isFalse();
                assertThat(controlOf(form.field(outcome))).as("%s %s", taskType, outcome).isEqualTo(OUTCOME_BUTTONS);
            }
        });
    }

    @Test
    void outcomeButtonsAreDrawnFromTheOutcomePropertysListConstraint()
    {
        Path ours = ModuleFiles.repoModels();
        assumeTrue(ours != null, "the repository module's models are not there yet");
        String model = ModuleFiles.xmlFiles(ours).stream().map(ModuleFiles::read).reduce("", String::concat);
        NamingContract.TASK_OUTCOMES.forEach((taskType, outcome) -> {
            if (!outcome.isEmpty())
            {
                Matcher property = Pattern.compile("<property name=\"" + Pattern.quote(outcome) + "\">(.*?)</property>",
                    Pattern.DOTALL).matcher(model);
                assertThat(property.find()).as("%s is a property of the workflow model", outcome).isTrue();
                assertThat(property.group(1)).as("%s is constrained to a list of outcomes", outcome).contains("<constraint");
                assertThat(model).as("%s names %s as its outcome property", taskType, outcome)
                    .containsPattern("(?s)<type name=\"" + Pattern.quote(taskType) + "\">.*?bpm:outcomePropertyName.*?"
                        + Pattern.quote(outcome.substring(outcome.indexOf(':') + 1)) + "</default>");
            }
        });
    }

    @Test
    void factsAndOpinionAreSeparateMandatoryTextAreasWhereADiscussionIsRecorded()
    {
        for (String taskType : List.of("pcwf:stageResponseTask", "pcwf:stageDecisionTask", "pcwf:practiceReviewGroupTask",
            "pcwf:cinEvidenceCheckTask"))
        {
            Form form = config.form("task-type", taskType, "");
            for (String field : List.of("pcwf:facts", "pcwf:opinion", "pcwf:outcomeSummary"))
            {
                Element element = form.field(field);
                assertThat(element).as("%s shows %s", taskType, field).isNotNull();
                assertThat(element.getAttribute("mandatory")).as("%s %s mandatory", taskType, field).isEqualTo("true");
                assertThat(controlOf(element)).as("%s %s", taskType, field).isEqualTo(TEXTAREA);
            }
        }
    }

    @Test
    void stageTasksAskHowTheDiscussionTookPlace()
    {
        for (String taskType : List.of("pcwf:stageResponseTask", "pcwf:stageDecisionTask"))
        {
            assertThat(config.form("task-type", taskType, "").field("pcwf:discussionMethod").getAttribute("mandatory"))
                .as(taskType).isEqualTo("true");
        }
    }

    @Test
    void aConferenceChallengeCannotStartWithoutTheConferenceDate()
    {
        assertThat(config.form("string-compare", "activiti$pcPracticeChallenge", "conference-challenge")
            .field("pcwf:conferenceDate").getAttribute("mandatory")).isEqualTo("true");
        assertThat(config.form("string-compare", "activiti$pcCinStepDownCheck", "")
            .field("pcwf:conferenceDate").getAttribute("mandatory")).isEqualTo("true");
    }

    @Test
    void startingAtStageTwoOrThreeExplainsThatTheLineManagerMustBeNamed()
    {
        Form conference = config.form("string-compare", "activiti$pcPracticeChallenge", "conference-challenge");
        assertThat(conference.shows("pcwf:startStage")).isTrue();
        assertThat(conference.field("pcwf:lineManagerName").getAttribute("help-id")).isNotEmpty();
        // A professional difference always begins with the practitioners at Stage 1.
        Form difference = config.form("string-compare", "activiti$pcPracticeChallenge", "professional-difference");
        assertThat(difference.shows("pcwf:startStage")).isFalse();
    }

    @Test
    void theRaiseActionsOpenAStartFormThatFixesTheKindOfChallenge()
    {
        Map<String, String> formOfAction = new TreeMap<>();
        for (Element action : ModuleFiles.elements(config.section("DocLibActions").get(0), "action"))
        {
            for (Element param : ModuleFiles.children(action, "param"))
            {
                if (param.getAttribute("name").equals("formId"))
                {
                    formOfAction.put(action.getAttribute("id"), param.getTextContent().trim());
                }
            }
        }
        assertThat(formOfAction).containsEntry("practicechallenge-raise-practice-challenge", "professional-difference")
            .containsEntry("practicechallenge-raise-conference-challenge", "conference-challenge");
        assertThat(fixedKind("professional-difference")).isEqualTo("professionalDifference");
        assertThat(fixedKind("conference-challenge")).isEqualTo("conferenceChallenge");
        assertThat(NamingContract.KINDS).contains(fixedKind("professional-difference"), fixedKind("conference-challenge"));
    }

    @Test
    void theCaseFolderAspectIsOfferedInManageAspectsAndAChallengeIsAFolderSubtype()
    {
        Element doclib = config.section("DocumentLibrary").get(0);
        assertThat(ModuleFiles.elements(doclib, "visible")).flatExtracting(v -> ModuleFiles.children(v, "aspect"))
            .extracting(a -> a.getAttribute("name")).containsExactly("pc:childCase");
        Element folder = ModuleFiles.elements(doclib, "type").stream()
            .filter(t -> t.getAttribute("name").equals("cm:folder")).findFirst().orElseThrow();
        assertThat(ModuleFiles.children(folder, "subtype")).extracting(s -> s.getAttribute("name"))
            .contains("pc:practiceChallenge");
    }

    @Test
    void challengesCanBeFoundWithTheAdvancedSearch()
    {
        Element search = config.section("AdvancedSearch").get(0);
        assertThat(ModuleFiles.elements(search, "form")).extracting(f -> f.getTextContent().trim())
            .contains("pc:practiceChallenge");
        assertThat(config.form("model-type", "pc:practiceChallenge", "search").shownIds())
            .contains("pc:stage", "pc:status", "pc:raisingAgency", "pc:respondingAgency", "pc:overdue");
    }

    @Test
    void recordsManagersCanSetRetainUntilAndAnyoneCanSearchByIt()
    {
        Element retainUntil = config.form("node-type", "pc:practiceChallenge", "").field("pc:retainUntil");

        assertThat(retainUntil.getAttribute("read-only")).as("editable: the repository decides who may change it").isNotEqualTo("true");
        assertThat(config.form("model-type", "pc:practiceChallenge", "search").shownIds()).contains("pc:retainUntil");
    }

    private static String fixedKind(String formId)
    {
        Element kind = config.form("string-compare", "activiti$pcPracticeChallenge", formId).field("pcwf:challengeKind");
        for (Element param : ModuleFiles.elements(kind, "control-param"))
        {
            if (param.getAttribute("name").equals("value"))
            {
                return param.getTextContent().trim();
            }
        }
        return null;
    }

    private static String controlOf(Element field)
    {
        if (field == null)
        {
            return null;
        }
        List<Element> controls = ModuleFiles.children(field, "control");
        return controls.isEmpty() ? null : controls.get(0).getAttribute("template");
    }

    private static String classOf(Form form, Map<String, String> startTasks)
    {
        if (form.condition.startsWith("activiti$"))
        {
            String process = form.condition.substring("activiti$".length());
            assertThat(startTasks).as("start task of process %s", process).containsKey(process);
            return startTasks.get(process);
        }
        return form.condition;
    }

    /** The formKey of every user task in the repository module's BPMN (none while it has no BPMN). */
    static Set<String> userTaskTypesOfTheProcesses()
    {
        Set<String> types = new LinkedHashSet<>();
        Path workflows = ModuleFiles.repoWorkflows();
        if (workflows != null)
        {
            Pattern userTask = Pattern.compile("<userTask[^>]*activiti:formKey=\"([^\"]+)\"");
            for (Path bpmn : ModuleFiles.filesUnder(workflows, ".bpmn20.xml"))
            {
                Matcher task = userTask.matcher(ModuleFiles.read(bpmn));
                while (task.find())
                {
                    types.add(task.group(1));
                }
            }
        }
        return types;
    }

    /** Process id to start task type: from the repository module's BPMN when it exists, else DEVELOPERS.md. */
    static Map<String, String> startTaskTypes()
    {
        Map<String, String> result = new TreeMap<>(NamingContract.START_TASKS);
        Path workflows = ModuleFiles.repoWorkflows();
        if (workflows == null)
        {
            return result;
        }
        Pattern process = Pattern.compile("<process[^>]*\\bid=\"([^\"]+)\"");
        Pattern start = Pattern.compile("<startEvent[^>]*activiti:formKey=\"([^\"]+)\"");
        for (Path bpmn : ModuleFiles.filesUnder(workflows, ".bpmn20.xml"))
        {
            String text = ModuleFiles.read(bpmn);
            Matcher p = process.matcher(text);
            Matcher s = start.matcher(text);
            if (p.find() && s.find())
            {
                result.put(p.group(1), s.group(1));
            }
        }
        return result;
    }
}
