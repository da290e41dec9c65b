<#-- Directors' dashlet "Escalated challenges". The first page of rows is drawn here; the client widget draws the
     charts, and when a filter or the page changes it asks the repository again and redraws rows, paging and charts. -->
<@markup id="css">
   <@link href="${url.context}/res/practice-challenge-share/components/dashlets/escalations.css" group="dashlets"/>
</@>

<@markup id="js">
   <@script src="${url.context}/res/practice-challenge-share/components/dashlets/escalations.js" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<#-- One drop-down filter: "any" first, then each {code, label}. -->
<#macro choice name label any choices>
   <span class="pc-filter">
      <label for="${el}-${name}">${label?html}</label>
      <select id="${el}-${name}" name="${name}">
         <option value="">${any?html}</option>
         <#list choices as choice>
         <option value="${choice.code?html}"<#if filters[name] == choice.code> selected="selected"</#if>>${choice.label?html}</option>
         </#list>
      </select>
   </span>
</#macro>

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
                  <span class="pc-filter">
                     <label for="${el}-from">${msg("filter.from")}</label>
                     <input type="date" id="${el}-from" name="from" value="${filters.from?html}"/>
                  </span>
                  <span class="pc-filter">
                     <label for="${el}-to">${msg("filter.to")}</label>
                     <input type="date" id="${el}-to" name="to" value="${filters.to?html}"/>
                  </span>
                  <@choice name="agency" label=msg("filter.agency") any=msg("filter.agency.any") choices=agencies/>
                  <@choice name="raisingAgency" label=msg("filter.raisingAgency") any=msg("filter.raisingAgency.any") choices=agencies/>
                  <@choice name="respondingAgency" label=msg("filter.respondingAgency") any=msg("filter.respondingAgency.any") choices=agencies/>
                  <@choice name="stage" label=msg("filter.stage") any=msg("filter.stage.any") choices=stages/>
                  <@choice name="overdue" label=msg("filter.overdue") any=msg("filter.overdue.any") choices=overdueChoices/>
                  <@choice name="issueCategory" label=msg("filter.issueCategory") any=msg("filter.issueCategory.any") choices=issueCategories/>
                  <@choice name="caseCategory" label=msg("filter.caseCategory") any=msg("filter.caseCategory.any") choices=caseCategories/>
                  <button type="button" class="pc-clear" id="${el}-clear">${msg("filter.clear")}</button>
               </form>
               <div class="pc-error hidden" id="${el}-load-error" role="alert"></div>
               <div class="pc-toolbar">
                  <p class="pc-summary" id="${el}-summary" aria-live="polite"><#if items?has_content>${msg("paging.range", paging.first, paging.last, paging.totalItems)}</#if></p>
                  <a class="pc-export" id="${el}-export" href="${exportUrl?html}" download="">${msg("export.list")}</a>
               </div>
               <table class="pc-table<#if !items?has_content> hidden</#if>" id="${el}-table">
                  <caption class="pc-hidden-caption">${msg("table.caption")}</caption>
                  <thead>
                     <tr>
                        <th scope="col">${msg("column.reference")}</th>
                        <th scope="col">${msg("column.case")}</th>
                        <th scope="col">${msg("column.stage")}</th>
                        <th scope="col">${msg("column.agencies")}</th>
                        <th scope="col">${msg("column.raised")}</th>
                        <th scope="col" class="pc-number">${msg("column.daysOpen")}</th>
                        <th scope="col">${msg("column.due")}</th>
                     </tr>
                  </thead>
                  <tbody id="${el}-rows">
                     <#list items as item>
                     <tr class="pc-row<#if item.overdue> pc-overdue-row</#if>" data-stage="${item.stage?html}">
                        <td><#if item.readable><a href="${url.context}/page/practice-challenge?nodeRef=${item.nodeRef?url}">${item.reference?html}</a><#else>${item.reference?html}</#if><span class="pc-kind">${item.kindLabel?html}</span></td>
                        <td><#if !item.caseOpen><span class="pc-case-not-open" title="<#if item.readable>${msg("case.notOpen.title")?html}<#else>${msg("challenge.notOpen.title")?html}</#if>">${msg("case.notOpen")?html}</span><#elseif item.caseNodeRef?has_content><a href="${url.context}/page/folder-details?nodeRef=${item.caseNodeRef?url}">${item.childIdentifier?html}</a><#else>${item.childIdentifier?html}</#if><#if item.caseOpen && item.childName?has_content> <span class="pc-child-name">${item.childName?html}</span></#if></td>
                        <td>${item.stageLabel?html}</td>
                        <td>${msg("agencies.value", item.raisingAgencyLabel, item.respondingAgencyLabel)?html}</td>
                        <td>${item.raisedLabel?html}</td>
                        <td class="pc-number"><#if item.daysOpen??>${item.daysOpen?c}</#if></td>
                        <td>${item.dueLabel?html}<#if item.overdue> <span class="pc-badge pc-overdue">${msg("due.overdue")}</span></#if></td>
                     </tr>
                     </#list>
                  </tbody>
               </table>
               <div class="pc-empty<#if items?has_content> hidden</#if>" id="${el}-empty">
                  <p class="pc-empty-title">${msg("empty.title")}</p>
                  <p>${msg("empty.text")}</p>
               </div>
               <div class="pc-paging" id="${el}-paging">
                  <button type="button" id="${el}-previous" disabled="disabled">${msg("paging.previous")}</button>
                  <button type="button" id="${el}-next"<#if !paging.hasMoreItems> disabled="disabled"</#if>>${msg("paging.next")}</button>
               </div>
            </#if>
            <div class="pc-charts" id="${el}-charts">
               <div class="pc-chart-head">
                  <p class="pc-summary" id="${el}-report-total"><#if report??>${msg("report.total", report.total)}</#if></p>
                  <a class="pc-export" id="${el}-report-export" href="${reportUrl?html}" download="">${msg("export.report")}</a>
               </div>
               <div class="pc-error<#if !reportError??> hidden</#if>" id="${el}-report-error" role="alert"><#if reportError??>${msg("report.unavailable")} ${reportError.text?html}</#if></div>
               <div class="pc-chart" id="${el}-chart-stage">
                  <h4>${msg("chart.byStage")}</h4>
               </div>
               <div class="pc-chart" id="${el}-chart-agency">
                  <h4>${msg("chart.byAgency")}</h4>
               </div>
               <div class="pc-chart" id="${el}-chart-issue">
                  <h4>${msg("chart.byIssue")}</h4>
               </div>
               <div class="pc-chart hidden" id="${el}-chart-quarter">
                  <h4>${msg("chart.byQuarter")}</h4>
               </div>
            </div>
         </div>
      </div>
   </@>
</@>
