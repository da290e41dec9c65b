<#-- User dashlet "My practice challenges": drawn on the server; no client script. -->
<@markup id="css">
   <@link href="${url.context}/res/practice-challenge-share/components/dashlets/my-challenges.css" group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="dashlet practicechallenge-mine">
         <div class="title">${msg("header")?html}</div>
         <div class="body" id="${el}-body">
            <#if error??>
               <p class="pc-error" id="${el}-error" role="alert">${error?html}</p>
            <#else>
               <#if items?size == 0>
                  <p class="pc-empty" id="${el}-empty">${msg("empty")?html}</p>
               <#else>
                  <ul class="pc-mine-list" id="${el}-list">
                  <#list items as item>
                     <li><a href="${item.url?html}">${item.reference?html}</a> &middot; ${item.stageLabel?html}<#if item.dueLabel?has_content> &middot; ${item.dueLabel?html}</#if><#if item.overdue> <span class="pc-overdue">${msg("due.overdue")?html}</span></#if><#if item.partLabel?has_content> <span class="pc-part">${item.partLabel?html}</span></#if></li>
                  </#list>
                  </ul>
               </#if>
               <#if checksLabel?has_content><p class="pc-checks" id="${el}-checks">${checksLabel?html}</p></#if>
            </#if>
            <p class="pc-all"><a id="${el}-all" href="${allUrl?html}">${msg("all")?html}</a></p>
         </div>
      </div>
   </@>
</@>
