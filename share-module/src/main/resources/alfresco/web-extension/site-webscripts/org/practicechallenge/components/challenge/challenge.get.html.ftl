<#-- The challenge page: the whole record drawn here, on the server, so that it prints and reads without scripts.
     The client script only wires the Print button, shows times in the reader's own time zone and says when the
     diagram cannot be drawn. -->
<@markup id="css">
   <#-- Surf links a stylesheet for the screen only unless told otherwise; this one carries the print rules too. -->
   <@link href="${url.context}/res/practice-challenge-share/components/challenge/challenge.css" group="practice-challenge" media="screen,print"/>
</@>

<@markup id="js">
   <@script src="${url.context}/res/practice-challenge-share/components/challenge/challenge.js" group="practice-challenge"/>
</@>

<@markup id="widgets">
   <#if challenge??><@createWidgets group="practice-challenge"/></#if>
</@>

<#-- One line of the summary, left out when it has nothing to say. -->
<#macro fact key value>
   <#if value?has_content>
      <dt>${msg(key)?html}</dt>
      <dd>${value?html}</dd>
   </#if>
</#macro>

<#-- A date the client rewrites in the reader's time zone (with the time of day when clock is true); until then,
     and on paper if scripts are off, the day as the repository wrote it. -->
<#macro when iso label clock=false><time datetime="${iso?html}" data-pc-time="<#if clock>dayTime<#else>day</#if>">${label?html}</time></#macro>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="practicechallenge-page" id="${el}-body">
      <#if refused>
         <div class="pc-refused" id="${el}-refused" role="alert">
            <h1>${msg("refused.title")?html}</h1>
            <p>${msg("refused.text")?html}</p>
         </div>
      <#elseif !challenge??>
         <div class="pc-error" id="${el}-error" role="alert">
            <h1>${msg("error.title")?html}</h1>
            <p>${error?html}</p>
         </div>
      <#else>
         <#assign c = challenge>
         <div class="pc-heading">
            <h1 id="${el}-title">${msg("title", c.reference)?html}</h1>
            <p class="pc-subtitle">${c.kindLabel?html} &middot; ${c.statusLabel?html}<#if c.overdue> <span class="pc-badge pc-overdue">${msg("due.overdue")?html}</span></#if></p>
         </div>
         <div class="pc-actions" id="${el}-actions">
            <button type="button" class="pc-print" id="${el}-print">${msg("action.print")?html}</button>
            <a class="pc-pdf" id="${el}-pdf" href="${c.pdfUrl?html}">${msg("action.pdf")?html}</a>
            <#if c.caseFolderUrl?has_content><a class="pc-case-link" id="${el}-case" href="${c.caseFolderUrl?html}">${msg("action.caseFolder")?html}</a></#if>
         </div>

         <section class="pc-summary" id="${el}-summary">
            <h2>${msg("section.summary")?html}</h2>
            <dl class="pc-facts-list">
               <dt>${msg("field.child")?html}</dt>
               <dd id="${el}-child"><#if c.childReadable><#if c.childName?has_content>${msg("child.value", c.childName, c.childIdentifier)?html}<#else>${c.childIdentifier?html}</#if><#else><span class="pc-not-open" title="${msg("child.notOpen.title")?html}">${msg("child.notOpen")?html}</span></#if></dd>
               <@fact key="field.raisingAgency" value=c.raisingAgencyLabel/>
               <@fact key="field.respondingAgency" value=c.respondingAgencyLabel/>
               <#if c.challengedPractitioner?has_content><@fact key="field.challengedPractitioner" value=c.challengedPractitioner/></#if>
               <#if c.raisedBy?has_content>
                  <dt>${msg("field.raisedBy")?html}</dt>
                  <dd>${c.raisedBy?html}<#if c.raisedLabel?has_content>, <@when iso=c.raisedAt label=c.raisedLabel/></#if></dd>
               </#if>
               <@fact key="field.issue" value=c.issueLabel/>
               <@fact key="field.issueDescription" value=c.issueDescription/>
               <@fact key="field.welfareConcern" value=c.welfareConcern/>
               <#if c.startStageLabel?has_content><@fact key="field.startStage" value=c.startStageLabel/></#if>
               <@fact key="field.lineManagerConsulted" value=c.lineManagerConsulted/>
               <#if c.lineManagerName?has_content>
                  <dt>${msg("field.lineManagerName")?html}</dt>
                  <dd>${c.lineManagerName?html}<#if c.lineManagerConsultedLabel?has_content>, ${c.lineManagerConsultedLabel?html}</#if></dd>
               </#if>
               <#if c.conference>
                  <@fact key="field.conferenceDate" value=c.conferenceLabel/>
                  <@fact key="field.nextConferenceDate" value=c.nextConferenceLabel/>
                  <@fact key="field.formDueDate" value=c.formDueLabel/>
                  <#if c.raisedLate><@fact key="field.raisedLate" value=msg("raisedLate.value")/></#if>
                  <@fact key="field.familyInformed" value=c.familyInformedLabel/>
               </#if>
               <@fact key="field.status" value=c.statusLabel/>
               <@fact key="field.stage" value=c.stageLabel/>
               <#if c.dueLabel?has_content>
                  <dt>${msg("field.due")?html}</dt>
                  <dd id="${el}-due">${msg("due.value", c.dueLabel)?html}<#if c.overdue> <span class="pc-badge pc-overdue">${msg("due.overdue")?html}</span></#if><#if c.stageBeganLabel?has_content> <span class="pc-basis">${msg("due.basis.began")?html} <@when iso=c.stageBeganAt label=c.stageBeganLabel/>. ${msg("due.basis.workingDays")?html}</span></#if></dd>
               </#if>
               <#if c.lateCount gt 0><@fact key="field.late" value=msg("late.value", c.lateCount)/></#if>
               <@fact key="field.outcome" value=c.outcomeLabel/>
               <@fact key="field.outcomeSummary" value=c.outcomeSummary/>
               <@fact key="field.withdrawalReason" value=c.withdrawalReason/>
               <@fact key="field.closed" value=c.closedLabel/>
            </dl>
            <#if c.issueSummary?has_content>
               <h3>${msg("field.issueSummary")?html}</h3>
               <p class="pc-text" id="${el}-issue-summary">${c.issueSummary?html}</p>
            </#if>
         </section>

         <section class="pc-diagram" id="${el}-diagram">
            <h2>${msg("section.diagram")?html}</h2>
            <p class="pc-hint"><#if c.open>${msg("diagram.open")?html}<#else>${msg("diagram.closed")?html}</#if></p>
            <img id="${el}-diagram-image" src="${c.diagramUrl?html}" alt="${msg("diagram.alt", c.stageLabel)?html}"/>
            <p class="pc-error hidden" id="${el}-diagram-missing">${msg("diagram.missing")?html}</p>
         </section>

         <section class="pc-record" id="${el}-record">
            <h2>${msg("section.record")?html}</h2>
            <#if !c.entries?has_content>
               <p class="pc-hint">${msg("record.empty")?html}</p>
            <#else>
               <p class="pc-hint">${msg("record.order")?html}</p>
               <ol class="pc-entries" id="${el}-entries">
                  <#list c.entries as e>
                  <li class="pc-entry<#if e.lateness> pc-entry-late</#if>" data-kind="${e.kind?html}">
                     <h3><span class="pc-entry-kind">${e.kindLabel?html}</span><#if e.stageLabel?has_content> &middot; ${e.stageLabel?html}</#if><#if e.recordedLabel?has_content> &middot; <@when iso=e.recordedAt label=e.recordedLabel clock=true/></#if></h3>
                     <p class="pc-entry-who"><#if e.author?has_content && e.agencyLabel?has_content>${msg("entry.by", e.author, e.agencyLabel)?html}<#elseif e.author?has_content>${msg("entry.by.person", e.author)?html}</#if><#if e.methodLabel?has_content> &middot; ${msg("entry.method", e.methodLabel)?html}</#if></p>
                     <#if e.facts?has_content>
                     <div class="pc-block pc-facts">
                        <h4>${msg("entry.facts")?html}</h4>
                        <p class="pc-text">${e.facts?html}</p>
                     </div>
                     </#if>
                     <#if e.opinion?has_content>
                     <div class="pc-block pc-opinion">
                        <h4>${msg("entry.opinion")?html}</h4>
                        <p class="pc-text">${e.opinion?html}</p>
                     </div>
                     </#if>
                     <#if e.outcomeLabel?has_content || e.outcomeSummary?has_content || e.agreedActions?has_content>
                     <dl class="pc-facts-list pc-entry-outcome">
                        <@fact key="entry.outcome" value=e.outcomeLabel/>
                        <@fact key="entry.outcomeSummary" value=e.outcomeSummary/>
                        <@fact key="entry.agreedActions" value=e.agreedActions/>
                     </dl>
                     </#if>
                  </li>
                  </#list>
               </ol>
            </#if>
         </section>
      </#if>
      </div>
   </@>
</@>
