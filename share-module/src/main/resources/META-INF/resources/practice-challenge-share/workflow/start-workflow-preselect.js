/*
 * Start-workflow page opened from a case folder ("Raise practice challenge", "Raise conference challenge"):
 * shows the start form of the named process at once, in the variant the action asked for, instead of
 * making the user pick the process from the menu. Options pcWorkflowDefinition and pcFormId are set by
 * org/practicechallenge/customizations/workflow/start-workflow.get.js.
 */
(function()
{
   var StartWorkflow = Alfresco.component.StartWorkflow;
   if (!StartWorkflow)
   {
      return;
   }

   var shareOnReady = StartWorkflow.prototype.onReady;

   StartWorkflow.prototype.onReady = function PracticeChallenge_StartWorkflow_onReady()
   {
      var result = shareOnReady.apply(this, arguments);
      var wanted = this.options.pcWorkflowDefinition,
         definitions = this.options.workflowDefinitions || [];
      if (wanted)
      {
         for (var i = 0; i < definitions.length; i++)
         {
            if (definitions[i].name === wanted)
            {
               this.practiceChallengeLoadStartForm(definitions[i], this.options.pcFormId);
               break;
            }
         }
      }
      return result;
   };

   /*
    * Same request Share makes when a process is chosen from the menu, plus the form id; with no form id the
    * process's default start form is shown.
    */
   StartWorkflow.prototype.practiceChallengeLoadStartForm = function PracticeChallenge_loadStartForm(definition, formId)
   {
      var button = this.widgets.workflowDefinitionMenuButton;
      if (button)
      {
         button.set("label", definition.title + " " + Alfresco.constants.MENU_ARROW_SYMBOL);
         button.set("title", definition.description);
      }
      var request =
      {
         htmlid: this.id + "-startWorkflowForm-" + Alfresco.util.generateDomId(),
         itemKind: "workflow",
         itemId: definition.name,
         mode: "create",
         submitType: "json",
         showCaption: true,
         formUI: true,
         showCancelButton: true,
         destination: this.options.destination
      };
      if (formId)
      {
         request.formId = formId;
      }
      Alfresco.util.Ajax.request(
      {
         url: Alfresco.constants.URL_SERVICECONTEXT + "components/form",
         dataObj: request,
         successCallback:
         {
            fn: this.onWorkflowFormLoaded,
            scope: this
         },
         failureMessage: this.msg("practicechallenge.startWorkflow.failure"),
         scope: this,
         execScripts: true
      });
   };

   /*
    * A refused start reaches Share as Rhino's "<Java class>: <message>" (form.post.json.js shows error.message):
    * Share strips only WorkflowException's class, so the module strips its own and the user reads the rule alone.
    */
   var shareOnFailure = StartWorkflow.prototype.onFormSubmitFailure;

   StartWorkflow.prototype.onFormSubmitFailure = function PracticeChallenge_StartWorkflow_onFormSubmitFailure(response)
   {
      if (response && response.json && typeof response.json.message === "string")
      {
         response.json.message = response.json.message.replace(/^\s*org\.practicechallenge\.[\w.$]+:\s*/, "");
      }
      return shareOnFailure.apply(this, arguments);
   };
})();
