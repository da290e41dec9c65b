/*
 * A refusal from the repository, next to the field it is about. The repository words each refusal as
 * "<the field's label>: <the rule>" (ChallengeRejected), and Share shows it in a prompt, sometimes behind Java or
 * Activiti wrappers ("Exception while invoking TaskListener: ..."). When the prompt's text names a field of the form
 * on the page, the prompt says just "<label>: <rule>", and the rule is written under that field, which is marked and
 * scrolled into view, so the person sees what to put right where they put it right.
 */
(function()
{
   var MARK = "practicechallenge-refused",
      RULE = "practicechallenge-refusal";

   /** The label as the person reads it: no trailing colon, no mandatory marker. */
   function labelText(label)
   {
      var text = "";
      for (var node = label.firstChild; node; node = node.nextSibling)
      {
         if (node.nodeType === 3)
         {
            text += node.nodeValue;
         }
      }
      return text.replace(/\s+/g, " ").replace(/^\s+|[\s:]+$/g, "");
   }

   /** The form field whose label the text names, the longest label first ("Facts" must not take "Facts as raised"). */
   function namedField(text)
   {
      var best = null,
         labels = document.querySelectorAll ? document.querySelectorAll("form .form-field label, form .form-field .viewmode-label") : [];
      for (var i = 0; i < labels.length; i++)
      {
         var name = labelText(labels[i]),
            at = name ? text.indexOf(name + ": ") : -1;
         if (at >= 0 && (best === null || name.length > best.name.length))
         {
            best = { name: name, at: at, label: labels[i] };
         }
      }
      return best;
   }

   function containerOf(element)
   {
      while (element && !(element.className && (" " + element.className + " ").indexOf(" form-field ") >= 0))
      {
         element = element.parentNode;
      }
      return element;
   }

   function clearEarlier()
   {
      var earlier = document.querySelectorAll("." + RULE);
      for (var i = 0; i < earlier.length; i++)
      {
         var field = earlier[i].parentNode;
         field.removeChild(earlier[i]);
         field.className = field.className.replace(new RegExp("\\s*" + MARK), "");
      }
   }

   /** Marks the field the refusal names; the refusal as the person should read it, or null when it names none. */
   function tie(text)
   {
      if (typeof text !== "string")
      {
         return null;
      }
      var named = namedField(text);
      if (named === null)
      {
         return null;
      }
      var plain = text.substring(named.at),
         field = containerOf(named.label);
      clearEarlier();
      if (field)
      {
         var rule = document.createElement("div");
         rule.className = RULE;
         rule.setAttribute("role", "alert");
         rule.appendChild(document.createTextNode(plain.substring(named.name.length + 2)));
         field.appendChild(rule);
         field.className += " " + MARK;
         // Once the person changes the field (a new pick, a new word) the old rule no longer applies.
         var forget = function()
         {
            clearEarlier();
            field.removeEventListener("change", forget, true);
            field.removeEventListener("input", forget, true);
         };
         field.addEventListener("change", forget, true);
         field.addEventListener("input", forget, true);
         if (field.scrollIntoView)
         {
            field.scrollIntoView(false);
         }
      }
      return plain;
   }

   window.PracticeChallenge = window.PracticeChallenge || {};
   PracticeChallenge.refusalOnField = tie;

   // Share's pickers (the people picker) set their value without a change event and fire this instead.
   if (window.YAHOO && YAHOO.Bubbling && YAHOO.Bubbling.on)
   {
      YAHOO.Bubbling.on("formValueChanged", clearEarlier);
   }

   var popups = window.Alfresco && Alfresco.util && Alfresco.util.PopupManager;
   if (popups && popups.displayPrompt && !popups.displayPrompt.practiceChallenge)
   {
      var shareDisplayPrompt = popups.displayPrompt;
      popups.displayPrompt = function PracticeChallenge_displayPrompt(config)
      {
         var plain = config ? tie(config.text) : null;
         if (plain !== null)
         {
            config.text = plain;
         }
         return shareDisplayPrompt.apply(this, arguments);
      };
      popups.displayPrompt.practiceChallenge = true;
   }
})();
