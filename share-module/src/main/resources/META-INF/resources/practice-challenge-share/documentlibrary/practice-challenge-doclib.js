/*
 * Document library additions of the Practice Challenge module:
 *  - the "Raise practice challenge", "Raise conference challenge" and "Start the six-week CiN check" actions
 *    on a child's case folder;
 *  - metadata renderers for challenge folders and case folders (stage, status, due date, agencies).
 * Labels come from the module's message bundle (practicechallenge.*), which Share sends to the browser.
 */
(function()
{
   var $html = Alfresco.util.encodeHTML;

   /* A global message with its {0}, {1}... tokens; Alfresco.util.message takes a scope before the tokens. */
   function msg(key)
   {
      return Alfresco.util.message(key, null, Array.prototype.slice.call(arguments, 1));
   }

   /*
    * Opens Share's start-workflow page with the case folder as the workflow package and as the destination
    * (which fills in pcwf:caseFolder); the action's params name the process and, for a challenge, the start
    * form variant (professional difference or conference challenge). The same POST Share's own "Start
    * Workflow" action makes; Share's $siteURL is a local alias inside its own files, so the public
    * Alfresco.util.siteURL is called here. Used by "Raise practice challenge", "Raise conference challenge"
    * and "Start the six-week CiN check".
    */
   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionPracticeChallengeRaise",
      fn: function PracticeChallenge_onActionRaise(record, owner)
      {
         var params = this.getAction(record, owner).params || {},
            nodeRef = record.nodeRef || record.jsNode.nodeRef.toString(),
            postBody =
            {
               selectedItems: nodeRef,
               destination: nodeRef,
               pcWorkflowDefinition: params.workflowDefinition
            };
         if (params.formId)
         {
            postBody.pcFormId = params.formId;
         }
         Alfresco.util.navigateTo(Alfresco.util.siteURL("start-workflow"), "POST", postBody);
      }
   });

   /* A code's label, or the code itself when the bundle has none (agencies are configuration). */
   function codeLabel(prefix, code)
   {
      if (code === undefined || code === null || code === "")
      {
         return "";
      }
      var key = prefix + code,
         label = msg(key);
      return label === key ? String(code) : label;
   }

   function property(record, name)
   {
      var properties = record.jsNode.properties;
      return properties[name];
   }

   /* Share passes the line's label already formatted ("<em>Label</em>: "); value is HTML too. */
   function line(label, value)
   {
      if (!value)
      {
         return "";
      }
      return '<span class="item">' + (label || "") + value + "</span>";
   }

   function dateValue(value)
   {
      if (!value)
      {
         return null;
      }
      // Date properties arrive as { value: ISO8601, iso8601: ... } in the doclist JSON.
      var iso = value.iso8601 || value.value || value;
      return Alfresco.util.formatDate(Alfresco.util.fromISO8601(iso), "d mmm yyyy");
   }

   function register(name, render)
   {
      YAHOO.Bubbling.fire("registerRenderer",
      {
         propertyName: name,
         renderer: render
      });
   }

   register("pcReference", function(record, label)
   {
      return line(label, $html(property(record, "pc_reference") || ""));
   });

   register("pcKind", function(record, label)
   {
      return line(label, $html(codeLabel("practicechallenge.kind.", property(record, "pc_kind"))));
   });

   register("pcStage", function(record, label)
   {
      return line(label, $html(codeLabel("practicechallenge.stage.", property(record, "pc_stage"))));
   });

   register("pcStatus", function(record, label)
   {
      return line(label, $html(codeLabel("practicechallenge.status.", property(record, "pc_status"))));
   });

   register("pcDue", function(record, label)
   {
      var due = dateValue(property(record, "pc_dueDate"));
      if (!due || property(record, "pc_status") !== "open")
      {
         return "";
      }
      var overdue = String(property(record, "pc_overdue")) === "true";
      return line(label, $html(due) + (overdue ? ' <span class="practicechallenge-overdue">' + $html(msg("practicechallenge.metadata.overdue")) + "</span>" : ""));
   });

   register("pcAgencies", function(record, label)
   {
      var raising = codeLabel("practicechallenge.agency.", property(record, "pc_raisingAgency")),
         responding = codeLabel("practicechallenge.agency.", property(record, "pc_respondingAgency"));
      if (!raising && !responding)
      {
         return "";
      }
      return line(label, $html(msg("practicechallenge.metadata.agencies.value", raising, responding)));
   });

   register("pcChild", function(record, label)
   {
      var id = property(record, "pc_childIdentifier"),
         name = property(record, "pc_childName");
      return line(label, $html(name ? msg("practicechallenge.metadata.child.value", name, id) : (id || "")));
   });

   register("pcOpenChallenges", function(record, label)
   {
      var count = parseInt(property(record, "pc_openChallengeCount"), 10);
      if (!count)
      {
         return line(label, $html(msg("practicechallenge.metadata.openChallenges.none")));
      }
      var stage = codeLabel("practicechallenge.stage.", property(record, "pc_highestOpenStage")),
         overdue = String(property(record, "pc_anyOverdue")) === "true";
      return line(label, $html(msg("practicechallenge.metadata.openChallenges.value", count, stage)) +
            (overdue ? ' <span class="practicechallenge-overdue">' + $html(msg("practicechallenge.metadata.overdue")) + "</span>" : ""));
   });
})();
