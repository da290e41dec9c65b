<import resource="classpath:alfresco/web-extension/site-webscripts/org/practicechallenge/components/common/labels.lib.js">
/*
 * User dashlet "My practice challenges": the first open challenges the signed-in person raised or whose practice is
 * challenged, and how many six-week Child in Need checks they chair are still to come, read from the repository's
 * challenges web script (mine=true) as that person; "All my practice challenges" opens the practice-challenges page.
 */

var SHOWN = 5;

/* The bundle's text for key, or the fallback when the bundle has none. */
function label(key, fallback)
{
   var text = msg.get(key);
   return (text != null && String(text) != key) ? String(text) : String(fallback == null ? "" : fallback);
}

function main()
{
   model.allUrl = url.context + "/page/practice-challenges";
   model.items = [];
   model.checksLabel = "";
   model.error = null;
   var response = remote.call("/practicechallenge/challenges?mine=true"), data = null;
   if (Number(response.status.code) == 200)
   {
      try
      {
         data = JSON.parse(String(response));
      }
      catch (e)
      {
         data = null;
      }
   }
   if (data == null)
   {
      model.error = label("error");
      return;
   }
   var items = data.items || [];
   for (var i = 0; i < items.length && model.items.length < SHOWN; i++)
   {
      var item = items[i];
      if (item.status != "open")
      {
         continue;
      }
      model.items.push({
         reference: text(item.reference),
         url: url.context + "/page/practice-challenge?nodeRef=" + encodeURIComponent(text(item.nodeRef)),
         stageLabel: label("practicechallenge.stage." + item.stage, item.stage),
         dueLabel: item.dueDate ? label("due.value").replace("{0}", dayLabel(item.dueDate)) : "",
         overdue: item.overdue === true,
         partLabel: item.yourPart ? label("part." + item.yourPart) : ""
      });
   }
   var checks = data.scheduledChecks || [];
   if (checks.length == 1)
   {
      model.checksLabel = label("checks.one").replace("{0}", dayLabel(checks[0].checkDate));
   }
   else if (checks.length > 1)
   {
      model.checksLabel = label("checks").replace("{0}", String(checks.length));
   }
}

main();
