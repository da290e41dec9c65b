<#--
   The challenge a task belongs to (pcwf:challengeRef holds its node reference): never the raw reference, but a link
   to its challenge page, where every entry so far can be read. The challenge's own reference (pc:reference) is
   read from the repository's history web script and shown when the reader may see it, and so is the last thing
   said (the response a decision is about, the decision a response follows), so nobody decides without reading it.
-->
<#assign challengeRef = field.value!"">
<div class="form-field practicechallenge-challenge-link">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value">
         <#if challengeRef?has_content>
            <span id="${fieldHtmlId}-reference"></span>
            <a id="${fieldHtmlId}" href="${url.context}/page/practice-challenge?nodeRef=${challengeRef?url}">${msg("practicechallenge.form.challengeLink.open")?html}</a>
         <#else>
            <span id="${fieldHtmlId}">${msg("practicechallenge.form.challengeLink.none")?html}</span>
         </#if>
      </span>
   </div>
   <#if field.help?has_content>
      <div class="help-text">${field.help?html}</div>
   </#if>
   <div class="practicechallenge-last-entry hidden" id="${fieldHtmlId}-last"></div>
</div>
<#if challengeRef?matches("[a-z]+://[^/]+/[^/]+")>
<script type="text/javascript">//<![CDATA[
(function()
{
   var proxy = (window.Alfresco && Alfresco.constants && Alfresco.constants.PROXY_URI) || "${url.context?js_string}/proxy/alfresco/",
      request = new XMLHttpRequest();
   request.open("GET", proxy + "practicechallenge/challenges/${challengeRef?replace("://", "/")?js_string}/history", true);
   request.setRequestHeader("Accept", "application/json");
   request.onload = function()
   {
      var history = null;
      try
      {
         history = request.status === 200 ? JSON.parse(request.responseText) : null;
      }
      catch (e)
      {
         history = null;
      }
      if (history && history.reference)
      {
         document.getElementById("${fieldHtmlId?js_string}-reference").appendChild(document.createTextNode(history.reference + " \u00b7 "));
      }
      if (history && history.entries)
      {
         showLast(history.entries);
      }
   };

   var KINDS = {
      raised: "${msg("practicechallenge.form.lastEntry.raised")?js_string}",
      response: "${msg("practicechallenge.form.lastEntry.response")?js_string}",
      decision: "${msg("practicechallenge.form.lastEntry.decision")?js_string}",
      referral: "${msg("practicechallenge.form.lastEntry.referral")?js_string}"
   };
   var PARTS = [
      ["facts", "${msg("practicechallenge.form.lastEntry.facts")?js_string}"],
      ["opinion", "${msg("practicechallenge.form.lastEntry.opinion")?js_string}"],
      ["outcomeSummary", "${msg("practicechallenge.form.lastEntry.outcome")?js_string}"],
      ["agreedActions", "${msg("practicechallenge.form.lastEntry.agreedActions")?js_string}"]
   ];

   function line(box, tag, text)
   {
      var element = document.createElement(tag);
      element.appendChild(document.createTextNode(text));
      box.appendChild(element);
      return element;
   }

   /** The latest discussion on the record (lateness and family-told notes are not what anyone decides on). */
   function showLast(entries)
   {
      var last = null;
      for (var i = 0; i < entries.length; i++)
      {
         if (KINDS[entries[i].kind])
         {
            last = entries[i];
         }
      }
      var box = document.getElementById("${fieldHtmlId?js_string}-last");
      if (last === null || !box)
      {
         return;
      }
      var heading = line(box, "div", KINDS[last.kind]);
      heading.className = "practicechallenge-last-entry-heading";
      for (var p = 0; p < PARTS.length; p++)
      {
         if (last[PARTS[p][0]])
         {
            line(box, "div", PARTS[p][1] + ": " + last[PARTS[p][0]]);
         }
      }
      box.className = "practicechallenge-last-entry";
      byName(last.author, function(name) { heading.appendChild(document.createTextNode(" \u00b7 " + name)); });
   }

   function byName(userName, then)
   {
      if (!userName)
      {
         return;
      }
      var people = new XMLHttpRequest();
      people.open("GET", proxy + "api/people/" + encodeURIComponent(userName), true);
      people.setRequestHeader("Accept", "application/json");
      people.onload = function()
      {
         var person = null;
         try
         {
            person = people.status === 200 ? JSON.parse(people.responseText) : null;
         }
         catch (e)
         {
            person = null;
         }
         var name = person ? [person.firstName || "", person.lastName || ""].join(" ").replace(/^\s+|\s+$/g, "") : "";
         then(name || userName);
      };
      people.onerror = function() { then(userName); };
      people.send();
   }
   request.send();
})();
//]]></script>
</#if>
