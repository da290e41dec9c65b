<@markup id="practicechallenge-js" target="js" action="after">
   <@script src="${url.context}/res/practice-challenge-share/workflow/start-workflow-preselect.js" group="workflow"/>
</@>
