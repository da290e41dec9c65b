/*
 * Runs after Share's own start-workflow.get.js. When the page was opened by one of our document library
 * actions it names the process and the start form to show; pass both on to the StartWorkflow widget.
 * Only our own processes and forms are accepted, so the page cannot be steered anywhere else.
 */
(function()
{
   var KNOWN_FORMS = {
      "activiti$pcPracticeChallenge": ["professional-difference", "conference-challenge"],
      "activiti$pcCinStepDownCheck": []
   };

   var definition = page.url.args.pcWorkflowDefinition,
      formId = page.url.args.pcFormId,
      forms = definition ? KNOWN_FORMS[String(definition)] : null;
   if (!forms || !model.widgets)
   {
      return;
   }
   var chosenForm = null;
   for (var f = 0; f < forms.length; f++)
   {
      if (forms[f] == formId)
      {
         chosenForm = forms[f];
      }
   }
   for (var i = 0; i < model.widgets.length; i++)
   {
      if (model.widgets[i].name == "Alfresco.component.StartWorkflow")
      {
         model.widgets[i].options.pcWorkflowDefinition = String(definition);
         model.widgets[i].options.pcFormId = chosenForm;
      }
   }
})();
