/*
 * User dashlet "My practice challenges": the first open challenges the signed-in person raised or whose practice is
 * challenged, and how many six-week Child in Need checks they chair are still to come, read from the repository's
 * challenges web script (mine=true) as that person; "All my practice challenges" opens the practice-challenges page.
 */

var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
var SHOWN = 5;

/* The bundle's text for key, or the fallback when the bundle has none. */
function label(key, fallback)
{
   var text = msg.get(key);
   return (text != null && String(text) != key) ? String(text) : String(fallback == null ? "" : fallback);
}

/* "20 Oct 2026" for a yyyy-MM-dd day or an ISO instant (its day as written), "" for anything else. */
function dayLabel(value)
{
   var day = String(value || "").substring(0, 10);
   if (!ISO_DAY.test(day))
   {
      return "";
   }
   var months = String(msg.get("date.months")).split(",");
   return Number(day.substring(8, 10)) + " " + months[Number(day.substring(5, 7)) - 1] + " " + day.substring(0, 4);
}

function text(value)
{
   return value == null ? "" : String(value);
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
