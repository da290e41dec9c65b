<#--
   An agency of the partnership (pcwf:raisingAgency, pcwf:respondingAgency): a list of agency names, the code
   submitted. The names come from the repository (GET practicechallenge/agencies through Share's proxy), so the
   partnership configures its agencies in one place and nobody types a code. Read-only fields (task forms, view
   mode) show the agency's name and post nothing.
-->
<#assign agencyCode = field.value!"">
<#assign readOnly = field.disabled || ((form.mode)!"") == "view">
<div class="form-field practicechallenge-agency">
   <#if readOnly>
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value" id="${fieldHtmlId}"></span>
      </div>
   <#else>
      <label for="${fieldHtmlId}">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("practicechallenge.form.mandatoryMarker")}</span></#if></label>
      <select id="${fieldHtmlId}" name="${field.name}" tabindex="0">
         <option value="">${msg("practicechallenge.form.agency.choose")?html}</option>
      </select>
   </#if>
   <div class="practicechallenge-agency-problem hidden" id="${fieldHtmlId}-problem"></div>
   <#if field.help?has_content && !readOnly>
      <div class="help-text">${field.help?html}</div>
   </#if>
</div>
<script type="text/javascript">//<![CDATA[
(function()
{
   // Share runs a form's scripts before it inserts the form's markup (Alfresco.util.Ajax, execScripts), so the
   // elements are looked up when the list arrives, and waited for a little if they are not there yet.
   var field = null,
      problem = null,
      code = "${agencyCode?js_string}",
      proxy = (window.Alfresco && Alfresco.constants && Alfresco.constants.PROXY_URI) || "${url.context?js_string}/proxy/alfresco/";

   function say(text)
   {
      problem.appendChild(document.createTextNode(text));
      problem.className = "practicechallenge-agency-problem";
   }

   function show(agencies)
   {
      var chosen = null;
      for (var i = 0; i < agencies.length; i++)
      {
         if (agencies[i].code === code)
         {
            chosen = agencies[i];
         }
         if (field.tagName === "SELECT")
         {
            var option = document.createElement("option");
            option.value = agencies[i].code;
            option.appendChild(document.createTextNode(agencies[i].name));
            option.selected = agencies[i].code === code;
            field.appendChild(option);
         }
      }
      if (field.tagName !== "SELECT")
      {
         field.appendChild(document.createTextNode(chosen ? chosen.name : (code ? "${msg("practicechallenge.form.agency.notListed")?js_string}" : "")));
      }
   }

   function placed(then, tries)
   {
      field = document.getElementById("${fieldHtmlId?js_string}");
      problem = document.getElementById("${fieldHtmlId?js_string}-problem");
      if (field && problem)
      {
         then();
      }
      else if (tries > 0)
      {
         window.setTimeout(function() { placed(then, tries - 1); }, 50);
      }
   }

   var request = new XMLHttpRequest();
   request.open("GET", proxy + "practicechallenge/agencies", true);
   request.setRequestHeader("Accept", "application/json");
   request.onload = function()
   {
      placed(answered, 100);
   };

   function answered()
   {
      var agencies = null;
      try
      {
         agencies = request.status === 200 ? JSON.parse(request.responseText) : null;
      }
      catch (e)
      {
         agencies = null;
      }
      if (agencies && agencies.length !== undefined)
      {
         show(agencies);
      }
      else
      {
         say("${msg("practicechallenge.form.agency.unavailable")?js_string}");
      }
   }

   request.onerror = function()
   {
      placed(function() { say("${msg("practicechallenge.form.agency.unavailable")?js_string}"); }, 100);
   };
   request.send();
})();
//]]></script>
