/*
 * Directors' dashlet "Escalated challenges".
 * Reads the repository's escalations list and report (practice-challenge-repo web scripts), turns codes
 * into labels, and hands the result to the template and to the client widget
 * PracticeChallenge.dashlet.Escalations, which draws the table, the filters and the charts.
 */

// Stage codes in protocol order (DEVELOPERS.md).
var STAGES = ["stage1", "stage2", "stage3", "stage4", "practiceReviewGroup"];
// Agencies are configuration; these are the defaults the module ships labels for.
var DEFAULT_AGENCIES = ["socialCare", "police", "health", "education", "safeguardingUnit"];
var AGENCY_CODE = /^[a-z][A-Za-z0-9]{1,39}$/;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
var MAX_ITEMS = 50;

/* The bundle's text for key, or the fallback when the bundle has none. */
function label(key, fallback)
{
   var text = msg.get(key);
   return (text != null && String(text) != key) ? String(text) : String(fallback);
}

function stageLabel(code)
{
   return label("practicechallenge.stage." + code, code);
}

function agencyLabel(code)
{
   return label("practicechallenge.agency." + code, code);
}

/* {ok, data} for a 200 with a JSON body, otherwise {ok: false, status, message} from the error body. */
function readJson(response)
{
   var code = Number(response.status.code), body = null;
   try
   {
      body = JSON.parse(String(response));
   }
   catch (e)
   {
      body = null;
   }
   if (code == 200 && body != null)
   {
      return { ok: true, data: body };
   }
   return {
      ok: false,
      status: code,
      message: (body != null && body.message != null) ? String(body.message) : ""
   };
}

/* Filters from the component's arguments; anything not in the repository's vocabulary is dropped. */
function readFilters()
{
   var stage = args.stage != null ? String(args.stage) : "",
      agency = args.agency != null ? String(args.agency) : "",
      overdue = args.overdue != null ? String(args.overdue) : "",
      from = args.from != null ? String(args.from) : "",
      to = args.to != null ? String(args.to) : "";
   return {
      stage: STAGES.indexOf(stage) >= 0 ? stage : "",
      agency: AGENCY_CODE.test(agency) ? agency : "",
      overdue: (overdue == "true" || overdue == "false") ? overdue : "",
      from: ISO_DAY.test(from) ? from : "",
      to: ISO_DAY.test(to) ? to : ""
   };
}

function query(filters, names)
{
   var parts = [];
   for (var i = 0; i < names.length; i++)
   {
      if (filters[names[i]] !== "")
      {
         parts.push(names[i] + "=" + encodeURIComponent(filters[names[i]]));
      }
   }
   return parts;
}

function errorFor(result)
{
   var key = "error.status." + result.status;
   return {
      status: result.status,
      text: label(key, msg.get("error.status.other")),
      detail: result.message
   };
}

function toItem(json, agencies)
{
   var caseFolder = json.caseFolder || {};
   agencies[json.raisingAgency] = true;
   agencies[json.respondingAgency] = true;
   return {
      nodeRef: String(json.nodeRef || ""),
      reference: String(json.reference || ""),
      caseNodeRef: String(caseFolder.nodeRef || ""),
      // The repository names the child only to someone who may open the case folder.
      caseOpen: caseFolder.readable !== false,
      childIdentifier: String(caseFolder.childIdentifier || ""),
      childName: String(caseFolder.childName || ""),
      kind: String(json.kind || ""),
      kindLabel: label("practicechallenge.kind." + json.kind, json.kind || ""),
      stage: String(json.stage || ""),
      stageLabel: stageLabel(json.stage || ""),
      status: String(json.status || ""),
      raisingAgency: String(json.raisingAgency || ""),
      raisingAgencyLabel: agencyLabel(json.raisingAgency || ""),
      respondingAgency: String(json.respondingAgency || ""),
      respondingAgencyLabel: agencyLabel(json.respondingAgency || ""),
      raisedDate: String(json.raisedDate || ""),
      daysOpen: json.daysOpen != null ? Number(json.daysOpen) : null,
      dueDate: String(json.dueDate || ""),
      overdue: json.overdue === true
   };
}

/* [{code, label, count}] for every code in counts, in the given order first, then by label. */
function toBars(counts, order, labelOf, agencies)
{
   var bars = [], seen = {}, code, i;
   counts = counts || {};
   for (i = 0; i < order.length; i++)
   {
      code = order[i];
      seen[code] = true;
      bars.push({ code: code, label: labelOf(code), count: Number(counts[code] || 0) });
   }
   var others = [];
   for (code in counts)
   {
      if (!seen[code])
      {
         others.push({ code: String(code), label: labelOf(code), count: Number(counts[code] || 0) });
      }
      if (agencies)
      {
         agencies[code] = true;
      }
   }
   others.sort(function(a, b) { return a.label < b.label ? -1 : (a.label > b.label ? 1 : 0); });
   return bars.concat(others);
}

function main()
{
   var filters = readFilters(),
      agencies = {},
      i;
   for (i = 0; i < DEFAULT_AGENCIES.length; i++)
   {
      agencies[DEFAULT_AGENCIES[i]] = true;
   }

   model.filters = filters;
   model.items = [];
   model.paging = { totalItems: 0, hasMoreItems: false, maxItems: MAX_ITEMS };
   model.error = null;
   model.report = null;
   model.reportError = null;

   var listQuery = query(filters, ["stage", "agency", "overdue", "from", "to"]).concat(["skipCount=0", "maxItems=" + MAX_ITEMS]);
   var list = readJson(remote.call("/practicechallenge/escalations?" + listQuery.join("&")));
   if (list.ok)
   {
      var items = list.data.items || [];
      for (i = 0; i < items.length; i++)
      {
         model.items.push(toItem(items[i], agencies));
      }
      var paging = list.data.paging || {};
      model.paging = {
         totalItems: paging.totalItems != null ? Number(paging.totalItems) : model.items.length,
         hasMoreItems: paging.hasMoreItems === true,
         maxItems: MAX_ITEMS
      };
   }
   else
   {
      model.error = errorFor(list);
   }

   var reportQuery = ["format=json"].concat(query(filters, ["from", "to"]));
   var report = readJson(remote.call("/practicechallenge/report?" + reportQuery.join("&")));
   if (report.ok)
   {
      model.report = {
         total: Number(report.data.total || 0),
         byStage: toBars(report.data.byStageReached, STAGES, stageLabel, null),
         byRespondingAgency: toBars(report.data.byRespondingAgency, [], agencyLabel, agencies),
         byRaisingAgency: toBars(report.data.byRaisingAgency, [], agencyLabel, agencies)
      };
   }
   else
   {
      model.reportError = errorFor(report);
   }

   model.stages = [];
   for (i = 0; i < STAGES.length; i++)
   {
      model.stages.push({ code: STAGES[i], label: stageLabel(STAGES[i]) });
   }
   model.agencies = [];
   for (var code in agencies)
   {
      if (code && code != "undefined")
      {
         model.agencies.push({ code: String(code), label: agencyLabel(code) });
      }
   }
   model.agencies.sort(function(a, b) { return a.label < b.label ? -1 : (a.label > b.label ? 1 : 0); });

   model.widgets = [{
      id: "EscalationsDashlet",
      name: "PracticeChallenge.dashlet.Escalations",
      options: {
         items: model.items,
         paging: model.paging,
         report: model.report,
         stages: model.stages,
         agencies: model.agencies,
         filters: filters,
         pageContext: url.context + "/page/",
         failed: model.error != null
      }
   }];
}

main();
