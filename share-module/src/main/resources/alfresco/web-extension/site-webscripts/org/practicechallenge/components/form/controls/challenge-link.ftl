<#--
   The challenge a task belongs to (pcwf:challengeRef holds its node reference): never the raw reference, but a link
   to its challenge page, where every entry so far can be read. The challenge's own reference (pc:reference) is
   read from the repository's history web script and shown when the reader may see it.
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
   };
   request.send();
})();
//]]></script>
</#if>
