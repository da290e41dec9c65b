/*
 * What every Practice Challenge component's controller writes for people: days as Share writes them and values as
 * text. Imported by each controller (<import resource="classpath:...">, as Share's own dashlets import theirs); the
 * month names come from the importing component's bundle (date.months).
 */
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

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
