/*
 * Client widget of the directors' dashlet "Escalated challenges" (PracticeChallenge.dashlet.Escalations).
 * Options come from escalations.get.js: the repository's first answers (list and report), the filters, the
 * labels of every code, and where Share's proxy to the repository is. The repository filters and pages; this
 * widget only asks it again through the proxy when a filter or the page changes, and draws what comes back:
 * the rows, "x-y of N", the charts (plain HTML bars, no chart library) and the CSV links with the same filters.
 */
(function()
{
   var root = window.PracticeChallenge = window.PracticeChallenge || {};
   root.dashlet = root.dashlet || {};

   // The repository's parameter names, in the order they go on its URLs (as in escalations.get.js).
   var FILTERS = ["from", "to", "stage", "agency", "raisingAgency", "respondingAgency", "overdue", "issueCategory", "caseCategory"];
   var STAGES = ["stage1", "stage2", "stage3", "stage4", "practiceReviewGroup"];
   var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

   function esc(value)
   {
      return String(value === undefined || value === null ? "" : value)
         .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
         .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
   }

   function byLabel(a, b)
   {
      return a.label < b.label ? -1 : (a.label > b.label ? 1 : 0);
   }

   function Escalations(htmlId)
   {
      this.id = htmlId;
      this.options =
      {
         list: null,
         report: null,
         filters: {},
         pageSize: 20,
         proxyUri: "/share/proxy/alfresco/",
         pageContext: "/share/page/",
         failed: false,
         labels: {}
      };
      this.messages = {};
      this.filters = {};
      this.skipCount = 0;
      // Each request is numbered, so an answer that arrives after a newer request was sent is dropped.
      this.sent = { list: 0, report: 0 };
      this.pending = 0;

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

      el: function(suffix)
      {
         return document.getElementById(this.id + "-" + suffix);
      },

      /* The label of a code of one kind (stage, agency, kind, issueCategory, caseCategory), else the code. */
      label: function(kind, code)
      {
         var labels = this.options.labels[kind] || {};
         return labels.hasOwnProperty(code) ? labels[code] : String(code === undefined || code === null ? "" : code);
      },

      onReady: function()
      {
         var initial = this.options.filters || {}, i;
         for (i = 0; i < FILTERS.length; i++)
         {
            this.filters[FILTERS[i]] = initial[FILTERS[i]] ? String(initial[FILTERS[i]]) : "";
         }
         this.drawReport(this.options.report);
         if (this.options.failed)
         {
            return;
         }
         for (i = 0; i < FILTERS.length; i++)
         {
            var control = this.el(FILTERS[i]);
            if (control)
            {
               control.value = this.filters[FILTERS[i]];
               control.addEventListener("change", this.onFilterChange.bind(this, FILTERS[i]));
            }
         }
         this.listen("clear", this.onClear);
         this.listen("previous", function() { this.loadList(Math.max(0, this.skipCount - this.options.pageSize)); });
         this.listen("next", function() { this.loadList(this.skipCount + this.options.pageSize); });
         this.drawList(this.options.list);
         this.drawLinks();
      },

      listen: function(suffix, handler)
      {
         var button = this.el(suffix);
         if (button)
         {
            button.addEventListener("click", handler.bind(this));
         }
      },

      onFilterChange: function(name, event)
      {
         this.filters[name] = event.target.value || "";
         this.reload();
      },

      onClear: function()
      {
         for (var i = 0; i < FILTERS.length; i++)
         {
            this.filters[FILTERS[i]] = "";
            var control = this.el(FILTERS[i]);
            if (control)
            {
               control.value = "";
            }
         }
         this.reload();
      },

      /* New filters: the first page of the list and the report, both asked again. */
      reload: function()
      {
         this.drawLinks();
         this.loadList(0);
         this.loadReport();
      },

      /* The filters that are set, as name=value pairs. */
      query: function()
      {
         var parts = [];
         for (var i = 0; i < FILTERS.length; i++)
         {
            if (this.filters[FILTERS[i]])
            {
               parts.push(FILTERS[i] + "=" + encodeURIComponent(this.filters[FILTERS[i]]));
            }
         }
         return parts;
      },

      proxyUri: function()
      {
         var constants = window.Alfresco && Alfresco.constants;
         return (constants && constants.PROXY_URI) || this.options.proxyUri;
      },

      url: function(script, extra)
      {
         return this.proxyUri() + "practicechallenge/" + script + "?" + extra.concat(this.query()).join("&");
      },

      drawLinks: function()
      {
         var list = this.el("export"), report = this.el("report-export");
         if (list)
         {
            list.setAttribute("href", this.url("escalations", ["format=csv"]));
         }
         if (report)
         {
            report.setAttribute("href", this.url("report", ["format=csv"]));
         }
      },

      loadList: function(skipCount)
      {
         var number = ++this.sent.list, self = this,
            paging = ["skipCount=" + skipCount, "maxItems=" + this.options.pageSize];
         this.get(this.url("escalations", []) + "&" + paging.join("&"), function(status, json)
         {
            if (number !== self.sent.list)
            {
               return;
            }
            if (status === 200 && json)
            {
               self.showError("load-error", null);
               self.drawList(json);
            }
            else
            {
               // No rows rather than rows for other filters than those shown.
               self.showError("load-error", self.errorText(status, json));
               self.drawList({ items: [], paging: { skipCount: 0, totalItems: 0, hasMoreItems: false } });
               self.el("empty").classList.add("hidden");
            }
         });
      },

      loadReport: function()
      {
         var number = ++this.sent.report, self = this;
         this.get(this.url("report", ["format=json"]), function(status, json)
         {
            if (number !== self.sent.report)
            {
               return;
            }
            if (status === 200 && json)
            {
               self.showError("report-error", null);
               self.drawReport(json);
            }
            else
            {
               self.showError("report-error", self.msg("report.unavailable") + " " + self.errorText(status, json));
               self.drawReport(null);
            }
         });
      },

      /* GET through Share's proxy; the callback has the HTTP status and the parsed body, or null. */
      get: function(url, callback)
      {
         var request = new XMLHttpRequest(), self = this;
         request.open("GET", url, true);
         request.setRequestHeader("Accept", "application/json");
         this.busy(1);
         request.onreadystatechange = function()
         {
            if (request.readyState !== 4)
            {
               return;
            }
            var json = null;
            try
            {
               json = JSON.parse(request.responseText);
            }
            catch (e)
            {
               json = null;
            }
            try
            {
               callback(request.status, json);
            }
            finally
            {
               self.busy(-1);
            }
         };
         request.send(null);
      },

      /* Marks the dashlet busy while answers are awaited (for screen readers, styles and tests). */
      busy: function(change)
      {
         this.pending += change;
         var body = this.el("body");
         if (body)
         {
            body.setAttribute("aria-busy", this.pending > 0 ? "true" : "false");
            body.setAttribute("data-pending", String(this.pending));
         }
      },

      errorText: function(status, json)
      {
         var key = "error.status." + status, text = this.messages[key] !== undefined ? this.msg(key) : this.msg("error.status.other");
         return json && json.message ? text + " " + json.message : text;
      },

      showError: function(suffix, text)
      {
         var box = this.el(suffix);
         if (box)
         {
            box.textContent = text || "";
            box.classList.toggle("hidden", !text);
         }
      },

      /* "20 Oct 2026" for a yyyy-MM-dd day or an ISO instant (its day as written), "" for anything else. */
      day: function(value)
      {
         var day = String(value || "").substring(0, 10);
         if (!ISO_DAY.test(day))
         {
            return "";
         }
         var months = this.msg("date.months").split(",");
         return Number(day.substring(8, 10)) + " " + months[Number(day.substring(5, 7)) - 1] + " " + day.substring(0, 4);
      },

      folderLink: function(nodeRef, text, page)
      {
         if (!nodeRef)
         {
            return esc(text);
         }
         return '<a href="' + esc(this.options.pageContext + (page || "folder-details") + "?nodeRef=" + encodeURIComponent(nodeRef)) + '">' + esc(text) + "</a>";
      },

      /* The child's case; "Not open to you" when the repository withheld the challenge or the child's details. */
      caseCell: function(json)
      {
         var caseFolder = json.caseFolder || {};
         if (json.readable === false || caseFolder.readable === false)
         {
            var title = json.readable === false ? "challenge.notOpen.title" : "case.notOpen.title";
            return '<span class="pc-case-not-open" title="' + esc(this.msg(title)) + '">' + esc(this.msg("case.notOpen")) + "</span>";
         }
         return this.folderLink(caseFolder.nodeRef, caseFolder.childIdentifier || "") +
            (caseFolder.childName ? ' <span class="pc-child-name">' + esc(caseFolder.childName) + "</span>" : "");
      },

      rowHtml: function(json)
      {
         var reference = json.readable === false ? esc(json.reference) : this.folderLink(json.nodeRef, json.reference, "practice-challenge");
         return '<tr class="pc-row' + (json.overdue === true ? " pc-overdue-row" : "") + '" data-stage="' + esc(json.stage) + '">' +
            "<td>" + reference + '<span class="pc-kind">' + esc(this.label("kind", json.kind)) + "</span></td>" +
            "<td>" + this.caseCell(json) + "</td>" +
            "<td>" + esc(this.label("stage", json.stage)) + "</td>" +
            "<td>" + esc(this.msg("agencies.value", this.label("agency", json.raisingAgency), this.label("agency", json.respondingAgency))) + "</td>" +
            "<td>" + esc(this.day(json.raisedDate)) + "</td>" +
            '<td class="pc-number">' + (json.daysOpen === null || json.daysOpen === undefined ? "" : esc(json.daysOpen)) + "</td>" +
            "<td>" + esc(this.day(json.dueDate)) + (json.overdue === true ? ' <span class="pc-badge pc-overdue">' + esc(this.msg("due.overdue")) + "</span>" : "") + "</td>" +
            "</tr>";
      },

      /* One page of the repository's list: its rows, "x-y of N" and which way the paging buttons can go. */
      drawList: function(json)
      {
         var rows = this.el("rows");
         if (!rows || !json)
         {
            return;
         }
         var items = json.items || [], paging = json.paging || {}, html = [];
         for (var i = 0; i < items.length; i++)
         {
            html.push(this.rowHtml(items[i]));
         }
         rows.innerHTML = html.join("");
         this.skipCount = Number(paging.skipCount || 0);
         var total = paging.totalItems !== undefined && paging.totalItems !== null ? Number(paging.totalItems) : items.length;
         this.el("table").classList.toggle("hidden", items.length === 0);
         this.el("empty").classList.toggle("hidden", items.length > 0);
         this.el("summary").textContent = items.length ? this.msg("paging.range", this.skipCount + 1, this.skipCount + items.length, total) : "";
         this.el("previous").disabled = this.skipCount === 0;
         this.el("next").disabled = paging.hasMoreItems !== true;
      },

      /* The report's figures for the current filters, or empty charts when it could not be loaded. */
      drawReport: function(report)
      {
         var total = this.el("report-total");
         if (total)
         {
            total.textContent = report ? this.msg("report.total", Number(report.total || 0)) : "";
         }
         if (!report)
         {
            this.drawChart("chart-stage", "");
            this.drawChart("chart-agency", "");
            this.drawChart("chart-issue", "");
            this.drawQuarters(null);
            return;
         }
         var stageRows = this.bars("stage", report.byStageReached, STAGES, "pc-bar-stage");
         this.drawChart("chart-stage", this.chartHtml(stageRows));
         this.drawChart("chart-agency", this.chartHtml(this.agencyRows(report),
            [{ css: "pc-bar-by", title: this.msg("chart.raisedBy") }, { css: "pc-bar-with", title: this.msg("chart.raisedWith") }]));
         var issues = this.bars("issueCategory", report.byCategory, [], "pc-bar-issue");
         this.drawChart("chart-issue", this.chartHtml(issues));
         this.drawQuarters(report.byQuarter);
      },

      /* Raised, resolved and escalated in each quarter; the chart stays hidden for a repository without them. */
      drawQuarters: function(quarters)
      {
         var chart = this.el("chart-quarter");
         if (!chart)
         {
            return;
         }
         chart.classList.toggle("hidden", !quarters);
         var rows = [], titles = [this.msg("chart.raised"), this.msg("chart.resolved"), this.msg("chart.escalated")];
         for (var i = 0; quarters && i < quarters.length; i++)
         {
            var q = quarters[i];
            rows.push({ code: q.quarter, label: this.quarter(q.quarter), bars: [
               { css: "pc-bar-raised", count: Number(q.raised || 0), title: titles[0] },
               { css: "pc-bar-resolved", count: Number(q.resolved || 0), title: titles[1] },
               { css: "pc-bar-escalated", count: Number(q.escalated || 0), title: titles[2] }
            ] });
         }
         this.drawChart("chart-quarter", this.chartHtml(rows, [{ css: "pc-bar-raised", title: titles[0] },
            { css: "pc-bar-resolved", title: titles[1] }, { css: "pc-bar-escalated", title: titles[2] }]));
      },

      /* "Jan to Mar 2026" for "2026-Q1". */
      quarter: function(code)
      {
         var match = /^(\d{4})-Q([1-4])$/.exec(String(code)), months = this.msg("date.months").split(",");
         if (!match)
         {
            return String(code);
         }
         var first = (Number(match[2]) - 1) * 3;
         return this.msg("chart.quarter", months[first], months[first + 2], match[1]);
      },

      /* Chart rows for counts by code: the codes in order first (even at 0), then the rest by label. */
      bars: function(kind, counts, order, css)
      {
         var rows = [], others = [], seen = {}, code, i;
         counts = counts || {};
         for (i = 0; i < order.length; i++)
         {
            seen[order[i]] = true;
            rows.push(this.bar(kind, order[i], Number(counts[order[i]] || 0), css));
         }
         for (code in counts)
         {
            if (counts.hasOwnProperty(code) && !seen[code])
            {
               others.push(this.bar(kind, code, Number(counts[code] || 0), css));
            }
         }
         others.sort(byLabel);
         return rows.concat(others);
      },

      bar: function(kind, code, count, css)
      {
         var label = this.label(kind, code);
         return { code: code, label: label, bars: [{ css: css, count: count, title: label }] };
      },

      /* One row per agency on either side: raised by it, raised with it. */
      agencyRows: function(report)
      {
         var agencies = {}, rows = [], code, self = this;
         function row(c)
         {
            if (!agencies[c])
            {
               agencies[c] = { code: c, label: self.label("agency", c), by: 0, with: 0 };
               rows.push(agencies[c]);
            }
            return agencies[c];
         }
         for (code in (report.byRaisingAgency || {}))
         {
            row(code).by = Number(report.byRaisingAgency[code] || 0);
         }
         for (code in (report.byRespondingAgency || {}))
         {
            row(code)["with"] = Number(report.byRespondingAgency[code] || 0);
         }
         rows.sort(byLabel);
         var raisedBy = this.msg("chart.raisedBy"), raisedWith = this.msg("chart.raisedWith");
         return rows.map(function(agency)
         {
            return { code: agency.code, label: agency.label, bars: [
               { css: "pc-bar-by", count: agency.by, title: raisedBy },
               { css: "pc-bar-with", count: agency["with"], title: raisedWith }
            ] };
         });
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

      drawChart: function(suffix, html)
      {
         var chart = this.el(suffix);
         if (chart)
         {
            var body = chart.querySelector(".pc-chart-body");
            if (!body)
            {
               body = document.createElement("div");
               body.className = "pc-chart-body";
               chart.appendChild(body);
            }
            body.innerHTML = html;
         }
      }
   };

   root.dashlet.Escalations = Escalations;
})();
