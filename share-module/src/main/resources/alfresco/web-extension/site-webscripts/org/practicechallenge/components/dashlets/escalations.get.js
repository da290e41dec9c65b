<import resource="classpath:alfresco/web-extension/site-webscripts/org/practicechallenge/components/common/labels.lib.js">
/*
 * Directors' dashlet "Escalated challenges".
 * Reads the first page of the repository's escalations list and the report, both with the same filters
 * (practice-challenge-repo web scripts), turns codes into labels for the template, and hands the client widget
 * PracticeChallenge.dashlet.Escalations the raw answers plus every label it needs: when a filter changes, the
 * widget asks the repository again through Share's proxy and redraws the table, the paging and the charts.
 */

// Stage codes in protocol order (DEVELOPERS.md).
var STAGES = ["stage1", "stage2", "stage3", "stage4", "practiceReviewGroup"];
// Agencies are configuration; these are the defaults the module ships labels for.
var DEFAULT_AGENCIES = ["socialCare", "police", "health", "education", "safeguardingUnit"];
// The repository model's constraints pc_issueCategoryList and pc_caseCategoryList, in their order.
var ISSUE_CATEGORIES = ["referralAndThreshold", "assessment", "planningAndReview", "serviceProvision", "informationSharing",
   "parentsNotGivenReport", "reportNotSubmittedInTime", "reportBelowStandard", "childNotVisitedInTimescale",
   "coreGroupNotHeldOrAttended", "carePlanningNotEvidenced", "cinStepDownNotEvidenced", "other"];
var CASE_CATEGORIES = ["childInNeed", "childProtection", "lookedAfter", "other"];
var KINDS = ["professionalDifference", "conferenceChallenge"];
var CODE = /^[a-z][A-Za-z0-9]{1,39}$/;
// Filters in the order they go on the repository's URL; the same names as its parameters.
var FILTERS = ["from", "to", "stage", "agency", "raisingAgency", "respondingAgency", "overdue", "issueCategory", "caseCategory"];
var PAGE_SIZE = 20;

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

function valueIn(list, value)
{
   return list.indexOf(value) >= 0 ? value : "";
}

/* Filters from the component's arguments; anything not in the repository's vocabulary is dropped. */
function readFilters()
{
   function arg(name)
   {
      return args[name] != null ? String(args[name]) : "";
   }
   function code(name)
   {
      return CODE.test(arg(name)) ? arg(name) : "";
   }
   return {
      from: ISO_DAY.test(arg("from")) ? arg("from") : "",
      to: ISO_DAY.test(arg("to")) ? arg("to") : "",
      stage: valueIn(STAGES, arg("stage")),
      agency: code("agency"),
      raisingAgency: code("raisingAgency"),
      respondingAgency: code("respondingAgency"),
      overdue: valueIn(["true", "false"], arg("overdue")),
      issueCategory: valueIn(ISSUE_CATEGORIES, arg("issueCategory")),
      caseCategory: valueIn(CASE_CATEGORIES, arg("caseCategory"))
   };
}

/* name=value for each filter that is set, in the repository's parameter order. */
function query(filters)
{
   var parts = [];
   for (var i = 0; i < FILTERS.length; i++)
   {
      if (filters[FILTERS[i]] !== "")
      {
         parts.push(FILTERS[i] + "=" + encodeURIComponent(filters[FILTERS[i]]));
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

function toItem(json)
{
   var caseFolder = json.caseFolder || {}, readable = json.readable !== false;
   return {
      // The repository gives no node and no child for a challenge or case folder the reader may not open.
      readable: readable,
      nodeRef: readable ? String(json.nodeRef || "") : "",
      reference: String(json.reference || ""),
      caseOpen: readable && caseFolder.readable !== false,
      caseNodeRef: String(caseFolder.nodeRef || ""),
      childIdentifier: String(caseFolder.childIdentifier || ""),
      childName: String(caseFolder.childName || ""),
      kind: String(json.kind || ""),
      kindLabel: label("practicechallenge.kind." + json.kind, json.kind || ""),
      stage: String(json.stage || ""),
      stageLabel: stageLabel(json.stage || ""),
      raisingAgencyLabel: agencyLabel(json.raisingAgency || ""),
      respondingAgencyLabel: agencyLabel(json.respondingAgency || ""),
      raisedLabel: dayLabel(json.raisedDate),
      daysOpen: json.daysOpen != null ? Number(json.daysOpen) : null,
      dueLabel: dayLabel(json.dueDate),
      overdue: json.overdue === true
   };
}

/* Each code of the list, in order, as {code, label}. */
function options(codes, labelOf)
{
   var result = [];
   for (var i = 0; i < codes.length; i++)
   {
      result.push({ code: codes[i], label: labelOf(codes[i]) });
   }
   return result;
}

/* code -> label for every code of the list. */
function labelMap(codes, labelOf)
{
   var result = {};
   for (var i = 0; i < codes.length; i++)
   {
      result[codes[i]] = labelOf(codes[i]);
   }
   return result;
}

/* Every agency code the module has a label for, or that the repository's answers name, sorted by label. */
function agencyCodes(list, report)
{
   var seen = {}, codes = [], i, code;
   function add(value)
   {
      if (value && CODE.test(String(value)) && !seen[value])
      {
         seen[value] = true;
         codes.push(String(value));
      }
   }
   for (i = 0; i < DEFAULT_AGENCIES.length; i++)
   {
      add(DEFAULT_AGENCIES[i]);
   }
   var items = (list && list.items) || [];
   for (i = 0; i < items.length; i++)
   {
      add(items[i].raisingAgency);
      add(items[i].respondingAgency);
   }
   if (report)
   {
      for (code in (report.byRaisingAgency || {}))
      {
         add(code);
      }
      for (code in (report.byRespondingAgency || {}))
      {
         add(code);
      }
   }
   codes.sort(function(a, b)
   {
      var x = agencyLabel(a), y = agencyLabel(b);
      return x < y ? -1 : (x > y ? 1 : 0);
   });
   return codes;
}

function main()
{
   var filters = readFilters(), i;
   var proxy = url.context + "/proxy/alfresco/practicechallenge/";

   model.filters = filters;
   model.items = [];
   model.paging = { skipCount: 0, maxItems: PAGE_SIZE, totalItems: 0, hasMoreItems: false };
   model.error = null;
   model.reportError = null;

   var list = readJson(remote.call("/practicechallenge/escalations?" + query(filters).concat(["skipCount=0", "maxItems=" + PAGE_SIZE]).join("&")));
   if (list.ok)
   {
      var items = list.data.items || [];
      for (i = 0; i < items.length; i++)
      {
         model.items.push(toItem(items[i]));
      }
      var paging = list.data.paging || {};
      model.paging.totalItems = paging.totalItems != null ? Number(paging.totalItems) : model.items.length;
      model.paging.hasMoreItems = paging.hasMoreItems === true;
   }
   else
   {
      model.error = errorFor(list);
   }
   model.paging.first = model.items.length > 0 ? 1 : 0;
   model.paging.last = model.items.length;

   var report = readJson(remote.call("/practicechallenge/report?" + ["format=json"].concat(query(filters)).join("&")));
   model.report = report.ok ? { total: Number(report.data.total || 0) } : null;
   if (!report.ok)
   {
      model.reportError = errorFor(report);
   }

   var agencies = agencyCodes(list.ok ? list.data : null, report.ok ? report.data : null);
   model.stages = options(STAGES, stageLabel);
   model.agencies = options(agencies, agencyLabel);
   model.issueCategories = options(ISSUE_CATEGORIES, function(code) { return label("practicechallenge.issueCategory." + code, code); });
   model.overdueChoices = [
      { code: "true", label: String(msg.get("filter.overdue.true")) },
      { code: "false", label: String(msg.get("filter.overdue.false")) }
   ];
   model.caseCategories = options(CASE_CATEGORIES, function(code) { return label("practicechallenge.caseCategory." + code, code); });
   var filterQuery = query(filters);
   model.exportUrl = proxy + "escalations?" + ["format=csv"].concat(filterQuery).join("&");
   model.reportUrl = proxy + "report?" + ["format=csv"].concat(filterQuery).join("&");

   model.widgets = [{
      id: "EscalationsDashlet",
      name: "PracticeChallenge.dashlet.Escalations",
      options: {
         // The repository's own answers: the widget draws them as it draws the ones it asks for itself.
         list: list.ok ? list.data : null,
         report: report.ok ? report.data : null,
         filters: filters,
         pageSize: PAGE_SIZE,
         proxyUri: url.context + "/proxy/alfresco/",
         pageContext: url.context + "/page/",
         failed: model.error != null,
         labels: {
            stage: labelMap(STAGES, stageLabel),
            agency: labelMap(agencies, agencyLabel),
            kind: labelMap(KINDS, function(code) { return label("practicechallenge.kind." + code, code); }),
            issueCategory: labelMap(ISSUE_CATEGORIES, function(code) { return label("practicechallenge.issueCategory." + code, code); }),
            caseCategory: labelMap(CASE_CATEGORIES, function(code) { return label("practicechallenge.caseCategory." + code, code); })
         }
      }
   }];
}

main();
