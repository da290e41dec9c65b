<#--
   Text a task shows but nobody edits there (the facts and opinion as raised): set as text, line breaks kept, not in a
   greyed box that looks as if it could be typed into. Posts nothing.
-->
<#assign text = field.value?string>
<div class="form-field practicechallenge-read-only-text">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value" id="${fieldHtmlId}"><#if text == "">${msg("practicechallenge.form.noValue")?html}<#else>${text?html?replace("\n", "<br>")}</#if></span>
   </div>
</div>
