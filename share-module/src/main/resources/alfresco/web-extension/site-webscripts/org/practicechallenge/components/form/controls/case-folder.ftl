<#--
   The child's case folder a challenge or a CiN check belongs to (pcwf:caseFolder). The "Raise ..." and
   "Start the six-week CiN check" actions open the start form with the folder as the page's destination, so it
   is filled in here and posted in the hidden input, never typed by anyone. Control params selectedId and
   missingId name the process's own wording (default: a challenge's).
-->
<#assign caseFolderRef = field.value!"">
<#if !caseFolderRef?has_content>
   <#assign caseFolderRef = (args.destination)!"">
</#if>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("practicechallenge.form.mandatoryMarker")}</span></#if></span>
      <#if caseFolderRef?has_content>
         <span class="viewmode-value"><#if (field.control.params.selectedId)??>${msg(field.control.params.selectedId)}<#else>${msg("practicechallenge.form.caseFolder.selected")}</#if></span>
      <#else>
         <span class="viewmode-value practicechallenge-missing"><#if (field.control.params.missingId)??>${msg(field.control.params.missingId)}<#else>${msg("practicechallenge.form.caseFolder.missing")}</#if></span>
      </#if>
   </div>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${caseFolderRef?html}" />
   <#if field.help?has_content>
      <div class="help-text">${field.help?html}</div>
   </#if>
</div>
