<import resource="classpath:alfresco/web-extension/site-webscripts/org/practicechallenge/components/common/labels.lib.js">
/*
 * The challenge page: one practice challenge and its case record, as the signed-in user may read them.
 * Reads the repository's history web script (practice-challenge-repo) for the node in the page's nodeRef,
 * turns every code into its label and every date into "20 Oct 2026", and names people by their full names.
 * The repository decides who may read: a 403 leaves only model.refused, so nothing of the challenge is shown.
 */

var NODE_REF = /^([a-z]+):\/\/([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
var USER_NAME = /^[^\/?#\s]{1,100}$/;
// Most people named on one record; more would only be shown by their user names.
var MOST_PEOPLE = 20;

/* The bundle's text for key, or the fallback when the bundle has none. */
function label(key, fallback)
{
   var text = msg.get(key);
   return (text != null && String(text) != key) ? String(text) : String(fallback == null ? "" : fallback);
}

/* The label of a code of one vocabulary ("stage", "agency", ...); "" for no code. */
function codeLabel(vocabulary, code)
{
   return code ? label("practicechallenge." + vocabulary + "." + code, code) : "";
}

/* The page's nodeRef split into the three parts of the repository's URL, or null when it is not one. */
function nodeParts()
{
   var ref = args.nodeRef != null ? String(args.nodeRef) : (page.url.args.nodeRef != null ? String(page.url.args.nodeRef) : "");
   var match = NODE_REF.exec(ref);
   return match ? { nodeRef: ref, storeType: match[1], storeId: match[2], id: match[3] } : null;
}

/* The repository's answer: {status, data} where data is the parsed JSON of a 200, else null. */
function history(node)
{
   var response = remote.call("/practicechallenge/challenges/" + node.storeType + "/" + node.storeId + "/" + node.id + "/history");
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

/* user name -> "First Last" for each person named, as the repository's people API gives them; unknown stay as named. */
function fullNames(userNames)
{
   var names = {}, asked = 0;
   for (var i = 0; i < userNames.length; i++)
   {
      var user = userNames[i];
      if (!user || names[user] !== undefined)
      {
         continue;
      }
      names[user] = user;
      if (!USER_NAME.test(user) || asked++ >= MOST_PEOPLE)
      {
         continue;
      }
      var response = remote.call("/api/people/" + encodeURIComponent(user));
      if (Number(response.status.code) == 200)
      {
         try
         {
            var person = JSON.parse(String(response));
            var full = (text(person.firstName) + " " + text(person.lastName)).replace(/^\s+|\s+$/g, "");
            if (full)
            {
               names[user] = full;
            }
         }
         catch (e)
         {
            // Keep the user name.
         }
      }
   }
   return names;
}

function yesNo(flag)
{
   return flag === true ? label("challenge.yes", "Yes") : (flag === false ? label("challenge.no", "No") : "");
}

function toEntry(json, names)
{
   var kind = text(json.kind);
   return {
      kind: kind,
      kindLabel: codeLabel("entryKind", kind),
      lateness: kind == "lateness",
      stageLabel: codeLabel("stage", json.stage),
      methodLabel: codeLabel("discussionMethod", json.method),
      facts: text(json.facts),
      opinion: text(json.opinion),
      outcomeLabel: json.outcome ? codeLabel("outcome", json.outcome) : codeLabel("cinOutcome", json.cinOutcome),
      outcomeSummary: text(json.outcomeSummary),
      agreedActions: text(json.agreedActions),
      author: json.author ? text(names[json.author] || json.author) : "",
      agencyLabel: codeLabel("agency", json.agency),
      recordedAt: text(json.recordedAt),
      recordedLabel: dayLabel(json.recordedAt)
   };
}

function toChallenge(json, node, pageBase, names)
{
   var folder = json.caseFolder || {}, status = text(json.status);
   var entries = [], lateCount = 0, source = json.entries || [];
   for (var i = 0; i < source.length; i++)
   {
      var entry = toEntry(source[i], names);
      lateCount += entry.lateness ? 1 : 0;
      entries.push(entry);
   }
   var repository = url.context + "/proxy/alfresco/practicechallenge/challenges/" + node.storeType + "/" + node.storeId + "/" + node.id;
   return {
      reference: text(json.reference),
      kindLabel: codeLabel("kind", json.kind),
      conference: json.kind == "conferenceChallenge",
      open: status == "open",
      statusLabel: codeLabel("status", status),
      stageLabel: codeLabel("stage", json.stage),
      startStageLabel: json.startStage && json.startStage != "stage1" ? codeLabel("stage", json.startStage) : "",
      // The child only to a reader of the case folder; the repository sends null otherwise.
      childReadable: folder.readable === true,
      childIdentifier: folder.readable === true ? text(folder.childIdentifier) : "",
      childName: folder.readable === true ? text(folder.childName) : "",
      caseFolderUrl: folder.readable === true && NODE_REF.test(text(folder.nodeRef))
         ? pageBase + "folder-details?nodeRef=" + encodeURIComponent(folder.nodeRef) : "",
      raisingAgencyLabel: codeLabel("agency", json.raisingAgency),
      respondingAgencyLabel: codeLabel("agency", json.respondingAgency),
      raisedBy: json.raisedBy ? text(names[json.raisedBy] || json.raisedBy) : "",
      challengedPractitioner: json.challengedPractitioner ? text(names[json.challengedPractitioner] || json.challengedPractitioner) : "",
      raisedLabel: dayLabel(json.raisedDate),
      raisedAt: text(json.raisedDate),
      issueLabel: codeLabel("issueCategory", json.issueCategory),
      issueDescription: text(json.issueCategoryDescription),
      issueSummary: text(json.issueSummary),
      welfareConcern: yesNo(json.immediateWelfareConcern),
      lineManagerConsulted: yesNo(json.lineManagerConsulted),
      lineManagerName: text(json.lineManagerName),
      lineManagerConsultedLabel: dayLabel(json.lineManagerConsultedDate),
      conferenceLabel: dayLabel(json.conferenceDate),
      nextConferenceLabel: dayLabel(json.nextConferenceDate),
      formDueLabel: dayLabel(json.formDueDate),
      raisedLate: json.raisedLate === true,
      familyInformedLabel: dayLabel(json.familyInformedDate),
      dueLabel: status == "open" ? dayLabel(json.dueDate) : "",
      stageBeganLabel: dayLabel(json.stageStartedDate),
      stageBeganAt: text(json.stageStartedDate),
      overdue: status == "open" && json.overdue === true,
      outcomeLabel: codeLabel("outcome", json.outcome),
      outcomeSummary: text(json.outcomeSummary),
      withdrawalReason: text(json.withdrawalReason),
      closedLabel: dayLabel(json.closedDate),
      lateCount: lateCount,
      entries: entries,
      diagramUrl: repository + "/diagram",
      pdfUrl: repository + "/record.pdf"
   };
}

function main()
{
   var site = (page.url.templateArgs && page.url.templateArgs.site) ? String(page.url.templateArgs.site) : "";
   var pageBase = url.context + "/page/" + (site ? "site/" + encodeURIComponent(site) + "/" : "");
   var node = nodeParts();
   model.challenge = null;
   model.refused = false;
   model.error = null;
   if (node == null)
   {
      model.error = String(msg.get("error.notFound"));
      return;
   }
   var answer = history(node);
   if (answer.status == 403)
   {
      model.refused = true;
      return;
   }
   if (answer.status == 404)
   {
      model.error = String(msg.get("error.notFound"));
      return;
   }
   if (answer.data == null)
   {
      model.error = String(msg.get("error.other"));
      return;
   }
   var people = [answer.data.raisedBy, answer.data.challengedPractitioner];
   var source = answer.data.entries || [];
   for (var i = 0; i < source.length; i++)
   {
      people.push(source[i].author);
   }
   model.challenge = toChallenge(answer.data, node, pageBase, fullNames(people));
   model.widgets = [{
      id: "ChallengePage",
      name: "PracticeChallenge.ChallengePage",
      options: { months: String(msg.get("date.months")).split(",") }
   }];
}

main();
