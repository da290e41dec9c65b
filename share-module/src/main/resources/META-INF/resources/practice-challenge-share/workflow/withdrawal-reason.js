/*
 * Validation handler of the withdrawal reason on decision and referral forms (share-config-custom.xml, field
 * pcwf:withdrawalReason, constraint MANDATORY): the repository refuses a withdrawal without a reason, so the form
 * asks for one when the outcome button pressed is "withdrawn", and at no other time. Share's outcome buttons
 * write the outcome into a hidden field named by the outcome property before the form is validated.
 */
(function()
{
   var outcomeFields = ["prop_pcwf_stageOutcome", "prop_pcwf_referralOutcome"];

   function outcomeOf(form)
   {
      for (var i = 0; form && i < outcomeFields.length; i++)
      {
         var outcome = form.elements[outcomeFields[i]];
         if (outcome && outcome.value)
         {
            return outcome.value;
         }
      }
      return null;
   }

   window.PracticeChallenge = window.PracticeChallenge || {};
   PracticeChallenge.withdrawalReasonGiven = function PracticeChallenge_withdrawalReasonGiven(field, args, event, form, silent, message)
   {
      var htmlForm = field && field.form;
      if (outcomeOf(htmlForm) !== "withdrawn")
      {
         return true;
      }
      return !!(field.value && field.value.replace(/\s+/g, "").length > 0);
   };
})();
