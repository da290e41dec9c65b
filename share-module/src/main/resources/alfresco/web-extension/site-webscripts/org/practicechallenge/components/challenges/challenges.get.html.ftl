<#-- The "Practice challenges" page: drawn here, on the server, so it reads without scripts. The search box is a plain
     form that asks this page again with childIdentifier. -->
<@markup id="css">
   <@link href="${url.context}/res/practice-challenge-share/components/challenges/challenges.css" group="practice-challenges"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="practicechallenge-challenges" id="${el}-body">
         <h1 id="${el}-heading">${heading?html}</h1>
         <#if mode == "mine">
            <p class="pc-intro">${msg("intro.mine")?html}</p>
         <#else>
            <p class="pc-intro">${msg("intro.child")?html}</p>
         </#if>

         <form class="pc-search" id="${el}-search" method="get" action="${pageUrl?html}">
            <label for="${el}-childIdentifier">${msg("search.label")?html}</label>
            <input type="text" id="${el}-childIdentifier" name="childIdentifier" value="${searchValue?html}" maxlength="64"
                   aria-describedby="${el}-search-help"/>
            <button type="submit" id="${el}-find">${msg("search.button")?html}</button>
            <span class="pc-help" id="${el}-search-help">${msg("search.help")?html}</span>
            <#if mode != "mine"><a class="pc-mine" id="${el}-mine" href="${pageUrl?html}">${msg("search.mine")?html}</a></#if>
         </form>

         <#if error??>
            <div class="pc-error" id="${el}-error" role="alert">
               <h2>${msg("error.title")?html}</h2>
               <p>${error?html}</p>
            </div>
         <#else>
            <#if items?size == 0>
               <p class="pc-empty" id="${el}-empty">${empty?html}</p>
            <#else>
               <table class="pc-challenges" id="${el}-challenges">
                  <caption>${msg("table.caption")?html}</caption>
                  <thead>
                     <tr>
                        <th scope="col">${msg("column.reference")?html}</th>
                        <th scope="col">${msg("column.child")?html}</th>
                        <th scope="col">${msg("column.issue")?html}</th>
                        <th scope="col">${msg("column.stage")?html}</th>
                        <th scope="col">${msg("column.status")?html}</th>
                        <th scope="col">${msg("column.agencies")?html}</th>
                        <th scope="col">${msg("column.raised")?html}</th>
                        <th scope="col">${msg("column.due")?html}</th>
                     </tr>
                  </thead>
                  <tbody>
                  <#list items as item>
                     <tr class="pc-challenge<#if !item.open> pc-closed</#if>">
                        <td><a href="${item.url?html}">${item.reference?html}</a><#if item.partLabel?has_content><span class="pc-part">${item.partLabel?html}</span></#if></td>
                        <td>${item.child?html}</td>
                        <td class="pc-issue">${item.issueSummary?html}</td>
                        <td>${item.stageLabel?html}</td>
                        <td>${item.statusLabel?html}</td>
                        <td>${msg("agencies.value")?replace("{0}", item.raisingAgencyLabel)?replace("{1}", item.respondingAgencyLabel)?html}</td>
                        <td>${item.raisedLabel?html}</td>
                        <td>${item.dueLabel?html}<#if item.overdue> <span class="pc-overdue">${msg("due.overdue")?html}</span></#if></td>
                     </tr>
                  </#list>
                  </tbody>
               </table>
               <#if more><p class="pc-more">${msg("more")?html}</p></#if>
            </#if>

            <#if checks?size != 0>
               <h2 id="${el}-checks-heading">${msg("checks.heading")?html}</h2>
               <p class="pc-intro">${msg("checks.intro")?html}</p>
               <table class="pc-checks" id="${el}-checks">
                  <thead>
                     <tr>
                        <th scope="col">${msg("checks.column.child")?html}</th>
                        <th scope="col">${msg("checks.column.date")?html}</th>
                     </tr>
                  </thead>
                  <tbody>
                  <#list checks as check>
                     <tr class="pc-check">
                        <td><#if check.caseFolderUrl?has_content><a href="${check.caseFolderUrl?html}">${check.child?html}</a><#else>${check.child?html}</#if></td>
                        <td>${check.dateLabel?html}</td>
                     </tr>
                  </#list>
                  </tbody>
               </table>
            </#if>
         </#if>
      </div>
   </@>
</@>
