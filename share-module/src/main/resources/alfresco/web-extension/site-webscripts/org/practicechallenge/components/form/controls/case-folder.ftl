<#--
   The child's case folder a challenge belongs to (pcwf:caseFolder). The "Raise ..." actions open the start
   form with the folder as the page's destination, so it is filled in here and not typed by anyone.
-->
<#assign caseFolderRef = field.value!"">
<#if !caseFolderRef?has_content>
   <#assign caseFolderRef = (args.destination)!"">
</#if>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("practicechallenge.form.mandatoryMarker")}</span></#if></span>
      <#if caseFolderRef?has_content>
         <span class="viewmode-value">${msg("practicechallenge.form.caseFolder.selected")}</span>
      <#else>
         <span class="viewmode-value practicechallenge-missing">${msg("practicechallenge.form.caseFolder.missing")}</span>
      </#if>
   </div>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${caseFolderRef?html}" />
   <#if field.help?has_content>
      <div class="help-text">${field.help?html}</div>
   </#if>
</div>
