/*
 * Client widget of the directors' dashlet "Escalated challenges" (PracticeChallenge.dashlet.Escalations).
 * Options come from escalations.get.js: the items, the report, the stage and agency labels and the
 * initial filters. The widget filters the rows in the browser and draws the charts as plain HTML bars,
 * so it needs no chart library and nothing beyond the DOM. Filters may also be given in the page's query
 * string (pcStage, pcAgency, pcOverdue), which is how a filtered view can be linked to.
 */
(function()
{
   var root = window.PracticeChallenge = window.PracticeChallenge || {};
   root.dashlet = root.dashlet || {};

   var FILTER_PARAMS = { stage: "pcStage", agency: "pcAgency", overdue: "pcOverdue" };

   function esc(value)
   {
      return String(value === undefined || value === null ? "" : value)
         .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
         .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
   }

   function byId(id)
   {
      return document.getElementById(id);
   }

   function queryFilters(search)
   {
      var found = {}, pairs = (search || "").replace(/^\?/, "").split("&");
      for (var i = 0; i < pairs.length; i++)
      {
         var pair = pairs[i].split("="), name = decodeURIComponent(pair[0] || "");
         for (var filter in FILTER_PARAMS)
         {
            if (FILTER_PARAMS[filter] === name)
            {
               found[filter] = decodeURIComponent((pair[1] || "").replace(/\+/g, " "));
            }
         }
      }
      return found;
   }

   function Escalations(htmlId)
   {
      this.id = htmlId;
      this.options =
      {
         items: [],
         paging: { totalItems: 0, hasMoreItems: false },
         report: null,
         stages: [],
         agencies: [],
         filters: { stage: "", agency: "", overdue: "" },
         pageContext: "/share/page/",
         failed: false
      };
      this.messages = {};
      this.filters = { stage: "", agency: "", overdue: "" };

      var self = this;
      if (document.readyState === "loading")
      {
         document.addEventListener("DOMContentLoaded", function() { self.onReady(); });
      }
      else
      {
         // Let setOptions and setMessages, chained after the constructor, run first.
         window.setTimeout(function() { self.onReady(); }, 0);
      }
      return this;
   }

   Escalations.prototype =
   {
      setOptions: function(options)
      {
         for (var name in options)
         {
            if (options.hasOwnProperty(name))
            {
               this.options[name] = options[name];
            }
         }
         return this;
      },

      setMessages: function(messages)
      {
         for (var key in messages)
         {
            if (messages.hasOwnProperty(key))
            {
               this.messages[key] = messages[key];
            }
         }
         return this;
      },

      /* The widget's message, else Share's global one, else the key; {0}, {1}... take the extra arguments. */
      msg: function(key)
      {
         var text = this.messages[key];
         if (text === undefined && window.Alfresco && Alfresco.util && Alfresco.util.message)
         {
            text = Alfresco.util.message(key);
         }
         if (text === undefined || text === null)
         {
            text = key;
         }
         var args = Array.prototype.slice.call(arguments, 1);
         if (args.length === 0)
         {
            return String(text);
         }
         // As on the server (MessageFormat): a message with arguments writes an apostrophe as two.
         return String(text).replace(/\{(\d+)\}/g, function(match, index)
         {
            return args[index] !== undefined ? String(args[index]) : match;
         }).replace(/''/g, "'");
      },

      onReady: function()
      {
         var initial = this.options.filters || {}, fromQuery = queryFilters(window.location.search);
         for (var filter in FILTER_PARAMS)
         {
            var value = fromQuery[filter] !== undefined ? fromQuery[filter] : initial[filter];
            this.filters[filter] = value ? String(value) : "";
            var select = byId(this.id + "-" + filter);
            if (select)
            {
               select.value = this.filters[filter];
               select.addEventListener("change", this.onFilterChange.bind(this, filter));
            }
         }
         if (!this.options.failed)
         {
            this.renderRows();
         }
         this.renderCharts();
      },

      onFilterChange: function(filter, event)
      {
         this.filters[filter] = event.target.value;
         this.renderRows();
      },

      matches: function(item)
      {
         var f = this.filters;
         if (f.stage && item.stage !== f.stage)
         {
            return false;
         }
         if (f.agency && item.raisingAgency !== f.agency && item.respondingAgency !== f.agency)
         {
            return false;
         }
         if (f.overdue && String(item.overdue === true) !== f.overdue)
         {
            return false;
         }
         return true;
      },

      /* The child's case, or a plain "not open to you" when the repository withheld the child's details. */
      caseCell: function(item)
      {
         if (item.caseOpen === false)
         {
            return '<span class="pc-case-not-open" title="' + esc(this.msg("case.notOpen.title")) + '">' + esc(this.msg("case.notOpen")) + "</span>";
         }
         return this.folderLink(item.caseNodeRef, item.childIdentifier) +
            (item.childName ? ' <span class="pc-child-name">' + esc(item.childName) + "</span>" : "");
      },

      folderLink: function(nodeRef, text)
      {
         if (!nodeRef)
         {
            return esc(text);
         }
         return '<a href="' + esc(this.options.pageContext + "folder-details?nodeRef=" + encodeURIComponent(nodeRef)) + '">' + esc(text) + "</a>";
      },

      rowHtml: function(item)
      {
         return '<tr class="pc-row' + (item.overdue ? " pc-overdue-row" : "") + '" data-stage="' + esc(item.stage) + '">' +
            "<td>" + this.folderLink(item.nodeRef, item.reference) + '<span class="pc-kind">' + esc(item.kindLabel) + "</span></td>" +
            "<td>" + this.caseCell(item) + "</td>" +
            "<td>" + esc(item.stageLabel) + "</td>" +
            "<td>" + esc(this.msg("agencies.value", item.raisingAgencyLabel, item.respondingAgencyLabel)) + "</td>" +
            '<td class="pc-number">' + (item.daysOpen === null || item.daysOpen === undefined ? "" : esc(item.daysOpen)) + "</td>" +
            "<td>" + esc(item.dueDate) + (item.overdue ? ' <span class="pc-badge pc-overdue">' + esc(this.msg("due.overdue")) + "</span>" : "") + "</td>" +
            "</tr>";
      },

      renderRows: function()
      {
         var rows = byId(this.id + "-rows"), table = byId(this.id + "-table"),
            empty = byId(this.id + "-empty"), summary = byId(this.id + "-summary");
         if (!rows)
         {
            return;
         }
         var items = this.options.items || [], html = [], shown = 0;
         for (var i = 0; i < items.length; i++)
         {
            if (this.matches(items[i]))
            {
               html.push(this.rowHtml(items[i]));
               shown++;
            }
         }
         rows.innerHTML = html.join("");
         table.classList.toggle("hidden", shown === 0);
         empty.classList.toggle("hidden", shown > 0);
         if (summary)
         {
            summary.textContent = this.options.paging && this.options.paging.hasMoreItems ?
               this.msg("summary.more", shown, this.options.paging.totalItems) : this.msg("summary.count", shown);
         }
      },

      /* One chart: rows of label, one or more bars (each {css, count, title}) and the counts. */
      chartHtml: function(rows, legend)
      {
         var max = 0, i, j, html = [];
         for (i = 0; i < rows.length; i++)
         {
            for (j = 0; j < rows[i].bars.length; j++)
            {
               max = Math.max(max, rows[i].bars[j].count);
            }
         }
         if (max === 0)
         {
            return '<p class="pc-chart-empty">' + esc(this.msg("chart.none")) + "</p>";
         }
         if (legend)
         {
            html.push('<p class="pc-legend">');
            for (i = 0; i < legend.length; i++)
            {
               html.push('<span class="pc-key ' + legend[i].css + '"></span>' + esc(legend[i].title) + " ");
            }
            html.push("</p>");
         }
         html.push('<ul class="pc-bars">');
         for (i = 0; i < rows.length; i++)
         {
            html.push('<li class="pc-bar-row" data-code="' + esc(rows[i].code) + '"><span class="pc-bar-label">' + esc(rows[i].label) + '</span><span class="pc-bar-track">');
            for (j = 0; j < rows[i].bars.length; j++)
            {
               var bar = rows[i].bars[j], width = Math.round(bar.count * 100 / max);
               html.push('<span class="pc-bar-line"><span class="pc-bar ' + bar.css + (bar.count ? "" : " pc-bar-zero") + '" style="width:' + width + '%" title="' +
                  esc(bar.title + ": " + bar.count) + '"></span><span class="pc-bar-count">' + esc(bar.count) + "</span></span>");
            }
            html.push("</span></li>");
         }
         html.push("</ul>");
         return html.join("");
      },

      renderCharts: function()
      {
         var report = this.options.report;
         if (!report)
         {
            return;
         }
         var stageRows = [], i;
         for (i = 0; i < report.byStage.length; i++)
         {
            var stage = report.byStage[i];
            stageRows.push({ code: stage.code, label: stage.label, bars: [{ css: "pc-bar-stage", count: stage.count, title: stage.label }] });
         }
         this.appendChart("chart-stage", this.chartHtml(stageRows));

         var agencies = {}, order = [], raisedBy = this.msg("chart.raisedBy"), raisedWith = this.msg("chart.raisedWith");
         function agencyRow(entry)
         {
            if (!agencies[entry.code])
            {
               agencies[entry.code] = { code: entry.code, label: entry.label, by: 0, with: 0 };
               order.push(entry.code);
            }
            return agencies[entry.code];
         }
         for (i = 0; i < (report.byRaisingAgency || []).length; i++)
         {
            agencyRow(report.byRaisingAgency[i]).by = report.byRaisingAgency[i].count;
         }
         for (i = 0; i < (report.byRespondingAgency || []).length; i++)
         {
            agencyRow(report.byRespondingAgency[i]).with = report.byRespondingAgency[i].count;
         }
         order.sort(function(a, b) { return agencies[a].label < agencies[b].label ? -1 : (agencies[a].label > agencies[b].label ? 1 : 0); });
         var agencyRows = [];
         for (i = 0; i < order.length; i++)
         {
            var agency = agencies[order[i]];
            agencyRows.push({ code: agency.code, label: agency.label, bars: [
               { css: "pc-bar-by", count: agency.by, title: raisedBy },
               { css: "pc-bar-with", count: agency["with"], title: raisedWith }
            ] });
         }
         this.appendChart("chart-agency", this.chartHtml(agencyRows,
            [{ css: "pc-bar-by", title: raisedBy }, { css: "pc-bar-with", title: raisedWith }]));
      },

      appendChart: function(suffix, html)
      {
         var chart = byId(this.id + "-" + suffix);
         if (chart)
         {
            var body = document.createElement("div");
            body.className = "pc-chart-body";
            body.innerHTML = html;
            var old = chart.querySelector(".pc-chart-body");
            if (old)
            {
               chart.removeChild(old);
            }
            chart.appendChild(body);
         }
      }
   };

   root.dashlet.Escalations = Escalations;
})();
