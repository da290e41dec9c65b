<#--
   One value of a list (pcwf:discussionMethod, pcwf:issueCategory ...) that starts unchosen: Share's selectone.ftl
   selects the first value, so a form submitted untouched records "Meeting" or "Referral and threshold" that nobody
   chose. Here the first entry is "Choose one", posting nothing, so a mandatory field must really be picked. Options
   come as Share gives them to selectone.ftl: the model's list ("code|Label"), separated by optionSeparator.
-->
<#assign optionSeparator = field.control.params.optionSeparator!",">
<#assign labelSeparator = field.control.params.labelSeparator!"|">
<#assign chosen = field.value?string>
<#assign choices = []>
<#if field.control.params.options?? && field.control.params.options != "">
   <#list field.control.params.options?split(optionSeparator) as option>
      <#if option?index_of(labelSeparator) == -1>
         <#assign choices = choices + [{"code": option, "label": option}]>
      <#else>
         <#assign parts = option?split(labelSeparator)>
         <#assign choices = choices + [{"code": parts[0], "label": parts[1]}]>
      </#if>
   </#list>
</#if>
<div class="form-field practicechallenge-choose-one">
   <#if field.disabled || ((form.mode)!"") == "view">
      <#assign shown = msg("practicechallenge.form.noValue")>
      <#list choices as choice><#if choice.code == chosen><#assign shown = choice.label></#if></#list>
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value" id="${fieldHtmlId}">${shown?html}</span>
      </div>
   <#else>
      <label for="${fieldHtmlId}">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("practicechallenge.form.mandatoryMarker")}</span></#if></label>
      <select id="${fieldHtmlId}" name="${field.name}" tabindex="0">
         <option value=""<#if chosen == ""> selected="selected"</#if>>${msg("practicechallenge.form.chooseOne")?html}</option>
         <#list choices as choice>
         <option value="${choice.code?html}"<#if choice.code == chosen> selected="selected"</#if>>${choice.label?html}</option>
         </#list>
      </select>
      <#if field.help?has_content>
         <div class="help-text">${field.help?html}</div>
      </#if>
   </#if>
</div>
