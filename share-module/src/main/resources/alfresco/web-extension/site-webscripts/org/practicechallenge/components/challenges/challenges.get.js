<import resource="classpath:alfresco/web-extension/site-webscripts/org/practicechallenge/components/common/labels.lib.js">
/*
 * The "Practice challenges" page (page practice-challenges): what a person finds of their practice challenges.
 * Without arguments: the signed-in person's challenges (raised, or about their practice) and, for a conference
 * chair, the six-week Child in Need checks still to come. With caseFolder (a node reference, from the document
 * library action on a case folder): every challenge about that child. With childIdentifier (the page's search box):
 * every challenge about the child with that identifier. Reads the repository's challenges web script
 * (practice-challenge-repo) as the signed-in user, which lists only what they may open; every code becomes its
 * label and every date "20 Oct 2026". Each challenge links to its challenge page.
 */

var NODE_REF = /^[a-z]+:\/\/[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/* The bundle's text for key, or the fallback when the bundle has none. */
function label(key, fallback)
{
   var text = msg.get(key);
   return (text != null && String(text) != key) ? String(text) : String(fallback == null ? "" : fallback);
}

/* The label of a code of one vocabulary ("stage", "status", ...); "" for no code. */
function codeLabel(vocabulary, code)
{
   return code ? label("practicechallenge." + vocabulary + "." + code, code) : "";
}

/* The repository's name for an agency (the partnership's configuration), else the bundle's, else the code. */
function agencyLabel(name, code)
{
   return name ? String(name) : codeLabel("agency", code);
}

function trim(value)
{
   return text(value).replace(/^\s+|\s+$/g, "");
}

/* A page argument, from the component's properties or the page's URL. */
function pageArg(name)
{
   var value = args[name] != null && String(args[name]) != "{" + name + "}" ? args[name] : page.url.args[name];
   return trim(value);
}

/* "Sam Smith (C123)", "C123", or "Not open to you" when the reader may not open the child's case folder. */
function childLabel(folder)
{
   if (!folder || folder.readable !== true)
   {
      return label("child.notOpen", "Not open to you");
   }
   var name = text(folder.childName), identifier = text(folder.childIdentifier);
   return name ? name + (identifier ? " (" + identifier + ")" : "") : identifier;
}

function toItem(json, pageBase)
{
   var open = json.status == "open";
   return {
      reference: text(json.reference),
      url: pageBase + "practice-challenge?nodeRef=" + encodeURIComponent(text(json.nodeRef)),
      child: childLabel(json.caseFolder),
      issueSummary: text(json.issueSummary),
      stageLabel: codeLabel("stage", json.stage),
      statusLabel: codeLabel("status", json.status),
      open: open,
      raisingAgencyLabel: agencyLabel(json.raisingAgencyName, json.raisingAgency),
      respondingAgencyLabel: agencyLabel(json.respondingAgencyName, json.respondingAgency),
      // The day in the partnership's time zone, as the repository gives it; else the instant's own day.
      raisedLabel: dayLabel(json.raisedDay || json.raisedDate),
      dueLabel: open ? dayLabel(json.dueDate) : "",
      overdue: open && json.overdue === true,
      partLabel: json.yourPart ? label("part." + json.yourPart, "") : ""
   };
}

function toCheck(json, pageBase)
{
   var folder = json.caseFolder || {};
   return {
      child: childLabel(folder),
      caseFolderUrl: folder.readable === true && NODE_REF.test(text(folder.nodeRef))
         ? pageBase + "folder-details?nodeRef=" + encodeURIComponent(folder.nodeRef) : "",
      dateLabel: dayLabel(json.checkDate)
   };
}

/* The repository's answer: {status, data} where data is the parsed JSON of a 200, else null. */
function ask(query)
{
   var response = remote.call("/practicechallenge/challenges?" + query);
   var status = Number(response.status.code), data = null;
   if (status == 200)
   {
      try
      {
         data = JSON.parse(String(response));
      }
      catch (e)
      {
         status = 500;
      }
   }
   return { status: status, data: data };
}

function main()
{
   var site = (page.url.templateArgs && page.url.templateArgs.site) ? String(page.url.templateArgs.site) : "";
   var pageBase = url.context + "/page/" + (site ? "site/" + encodeURIComponent(site) + "/" : "");
   var caseFolder = pageArg("caseFolder"), childIdentifier = pageArg("childIdentifier");
   var mode = caseFolder ? "caseFolder" : (childIdentifier ? "childIdentifier" : "mine");
   model.mode = mode;
   model.searchValue = childIdentifier;
   model.pageUrl = pageBase + "practice-challenges";
   model.items = [];
   model.checks = [];
   model.more = false;
   model.error = null;
   model.heading = mode == "mine" ? label("heading.mine") : label("heading.childNotOpen");
   model.empty = mode == "mine" ? label("empty.mine") : label("empty.child");
   if (mode == "childIdentifier")
   {
      model.heading = label("heading.childIdentifierOnly").replace("{0}", childIdentifier);
      model.empty = label("empty.search").replace("{0}", childIdentifier);
   }
   if (mode == "caseFolder" && !NODE_REF.test(caseFolder))
   {
      model.error = label("error.badRequest");
      return;
   }
   var answer = ask(mode == "caseFolder" ? "caseFolder=" + encodeURIComponent(caseFolder)
      : (mode == "childIdentifier" ? "childIdentifier=" + encodeURIComponent(childIdentifier) : "mine=true"));
   if (answer.data == null)
   {
      model.error = answer.status == 400 ? label("error.badRequest") : label("error.other");
      return;
   }
   var folder = answer.data.query && answer.data.query.caseFolder;
   if (mode == "caseFolder" && folder && folder.readable === true && folder.childIdentifier)
   {
      model.heading = folder.childName
         ? label("heading.child").replace("{0}", text(folder.childName)).replace("{1}", text(folder.childIdentifier))
         : label("heading.childIdentifierOnly").replace("{0}", text(folder.childIdentifier));
   }
   var items = answer.data.items || [];
   for (var i = 0; i < items.length; i++)
   {
      model.items.push(toItem(items[i], pageBase));
   }
   var checks = answer.data.scheduledChecks || [];
   for (var j = 0; j < checks.length; j++)
   {
      model.checks.push(toCheck(checks[j], pageBase));
   }
   model.more = answer.data.hasMoreItems === true;
}

main();
