<#--
   A person named by user name (pcwf:raisedBy, pcwf:challengedPractitioner), read-only: shown by their full name from
   the repository's people (GET api/people/{userName} through Share's proxy), the user name only if that fails.
   Posts nothing.
-->
<#assign userName = field.value!"">
<div class="form-field practicechallenge-person">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value" id="${fieldHtmlId}"><#if !userName?has_content>${msg("practicechallenge.form.noValue")?html}</#if></span>
   </div>
</div>
<#if userName?has_content>
<script type="text/javascript">//<![CDATA[
(function()
{
   var userName = "${userName?js_string}",
      proxy = (window.Alfresco && Alfresco.constants && Alfresco.constants.PROXY_URI) || "${url.context?js_string}/proxy/alfresco/",
      request = new XMLHttpRequest();

   // Share runs a form's scripts before it inserts the markup, so the element is waited for.
   function placed(then, tries)
   {
      var element = document.getElementById("${fieldHtmlId?js_string}");
      if (element)
      {
         then(element);
      }
      else if (tries > 0)
      {
         window.setTimeout(function() { placed(then, tries - 1); }, 50);
      }
   }

   function nameOf(person)
   {
      var name = [person.firstName || "", person.lastName || ""].join(" ").replace(/^\s+|\s+$/g, "");
      return name || userName;
   }

   request.open("GET", proxy + "api/people/" + encodeURIComponent(userName), true);
   request.setRequestHeader("Accept", "application/json");
   request.onload = function()
   {
      var person = null;
      try
      {
         person = request.status === 200 ? JSON.parse(request.responseText) : null;
      }
      catch (e)
      {
         person = null;
      }
      placed(function(element) { element.appendChild(document.createTextNode(person ? nameOf(person) : userName)); }, 100);
   };
   request.onerror = function()
   {
      placed(function(element) { element.appendChild(document.createTextNode(userName)); }, 100);
   };
   request.send();
})();
//]]></script>
</#if>
