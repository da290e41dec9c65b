<#-- Directors' dashlet "Escalated challenges". The rows are drawn here and again by the client widget when a
     filter changes; the charts are drawn by the widget from the report. -->
<@markup id="css">
   <@link href="${url.context}/res/practice-challenge-share/components/dashlets/escalations.css" group="dashlets"/>
</@>

<@markup id="js">
   <@script src="${url.context}/res/practice-challenge-share/components/dashlets/escalations.js" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="dashlet practicechallenge-escalations">
         <div class="title">${msg("header")}</div>
         <div class="body" id="${el}-body">
            <p class="pc-intro">${msg("intro")}</p>
            <#if error??>
               <div class="pc-error" id="${el}-error" role="alert">
                  ${error.text?html}<#if error.detail?has_content> <span class="pc-error-detail">${error.detail?html}</span></#if>
               </div>
            <#else>
               <form class="pc-filters" id="${el}-filters" onsubmit="return false;">
                  <label for="${el}-stage">${msg("filter.stage")}</label>
                  <select id="${el}-stage" name="stage">
                     <option value="">${msg("filter.stage.any")}</option>
                     <#list stages as stage>
                     <option value="${stage.code?html}"<#if filters.stage == stage.code> selected="selected"</#if>>${stage.label?html}</option>
                     </#list>
                  </select>
                  <label for="${el}-agency">${msg("filter.agency")}</label>
                  <select id="${el}-agency" name="agency">
                     <option value="">${msg("filter.agency.any")}</option>
                     <#list agencies as agency>
                     <option value="${agency.code?html}"<#if filters.agency == agency.code> selected="selected"</#if>>${agency.label?html}</option>
                     </#list>
                  </select>
                  <label for="${el}-overdue">${msg("filter.overdue")}</label>
                  <select id="${el}-overdue" name="overdue">
                     <option value="">${msg("filter.overdue.any")}</option>
                     <option value="true"<#if filters.overdue == "true"> selected="selected"</#if>>${msg("filter.overdue.true")}</option>
                     <option value="false"<#if filters.overdue == "false"> selected="selected"</#if>>${msg("filter.overdue.false")}</option>
                  </select>
               </form>
               <p class="pc-summary" id="${el}-summary" aria-live="polite">
                  <#if paging.hasMoreItems>${msg("summary.more", items?size, paging.totalItems)}<#else>${msg("summary.count", items?size)}</#if>
               </p>
               <table class="pc-table<#if !items?has_content> hidden</#if>" id="${el}-table">
                  <caption class="pc-hidden-caption">${msg("table.caption")}</caption>
                  <thead>
                     <tr>
                        <th scope="col">${msg("column.reference")}</th>
                        <th scope="col">${msg("column.case")}</th>
                        <th scope="col">${msg("column.stage")}</th>
                        <th scope="col">${msg("column.agencies")}</th>
                        <th scope="col" class="pc-number">${msg("column.daysOpen")}</th>
                        <th scope="col">${msg("column.due")}</th>
                     </tr>
                  </thead>
                  <tbody id="${el}-rows">
                     <#list items as item>
                     <tr class="pc-row<#if item.overdue> pc-overdue-row</#if>" data-stage="${item.stage?html}">
                        <td><a href="${url.context}/page/folder-details?nodeRef=${item.nodeRef?url}">${item.reference?html}</a><span class="pc-kind">${item.kindLabel?html}</span></td>
                        <td><#if !item.caseOpen><span class="pc-case-not-open" title="${msg("case.notOpen.title")?html}">${msg("case.notOpen")?html}</span><#elseif item.caseNodeRef?has_content><a href="${url.context}/page/folder-details?nodeRef=${item.caseNodeRef?url}">${item.childIdentifier?html}</a><#else>${item.childIdentifier?html}</#if><#if item.caseOpen && item.childName?has_content> <span class="pc-child-name">${item.childName?html}</span></#if></td>
                        <td>${item.stageLabel?html}</td>
                        <td>${msg("agencies.value", item.raisingAgencyLabel, item.respondingAgencyLabel)?html}</td>
                        <td class="pc-number"><#if item.daysOpen??>${item.daysOpen?c}</#if></td>
                        <td>${item.dueDate?html}<#if item.overdue> <span class="pc-badge pc-overdue">${msg("due.overdue")}</span></#if></td>
                     </tr>
                     </#list>
                  </tbody>
               </table>
               <div class="pc-empty<#if items?has_content> hidden</#if>" id="${el}-empty">
                  <p class="pc-empty-title">${msg("empty.title")}</p>
                  <p>${msg("empty.text")}</p>
               </div>
            </#if>
            <div class="pc-charts" id="${el}-charts">
               <#if report??>
                  <p class="pc-summary">${msg("report.total", report.total)}</p>
                  <div class="pc-chart" id="${el}-chart-stage">
                     <h4>${msg("chart.byStage")}</h4>
                  </div>
                  <div class="pc-chart" id="${el}-chart-agency">
                     <h4>${msg("chart.byAgency")}</h4>
                  </div>
               <#elseif reportError??>
                  <div class="pc-error" id="${el}-report-error" role="alert">${msg("report.unavailable")} ${reportError.text?html}</div>
               </#if>
            </div>
         </div>
      </div>
   </@>
</@>
