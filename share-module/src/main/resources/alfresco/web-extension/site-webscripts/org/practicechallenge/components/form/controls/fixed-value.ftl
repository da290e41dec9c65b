<#--
   A value the form's config has already decided (control-param "value"), submitted as it is and shown with
   the label named by control-param "labelId". Used where the action that opened the form chose it, e.g. the
   kind of challenge raised from a case folder.
-->
<#assign fixedValue = (field.control.params.value)!"">
<#assign shownValue = fixedValue>
<#if field.control.params.labelId??>
   <#assign shownValue = msg(field.control.params.labelId)>
</#if>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value">${shownValue?html}</span>
   </div>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${fixedValue?html}" />
</div>
