/*
 * Client part of the challenge page (PracticeChallenge.ChallengePage). The record itself is drawn on the server;
 * this wires the Print button, shows each recorded time in the reader's own time zone (the server can only give
 * the day as the repository wrote it, in UTC), and says so when the repository cannot draw the diagram.
 */
(function()
{
   var root = window.PracticeChallenge = window.PracticeChallenge || {};

   function pad(n)
   {
      return n < 10 ? "0" + n : String(n);
   }

   function ChallengePage(htmlId)
   {
      this.id = htmlId;
      this.options = { months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] };
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

   ChallengePage.prototype =
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

      setMessages: function()
      {
         // Every text is in the page already.
         return this;
      },

      el: function(suffix)
      {
         return document.getElementById(this.id + "-" + suffix);
      },

      onReady: function()
      {
         var body = this.el("body");
         if (!body)
         {
            return;
         }
         var print = this.el("print");
         if (print)
         {
            print.addEventListener("click", function() { window.print(); });
         }
         this.localTimes(body);
         this.watchDiagram();
         body.setAttribute("data-ready", "true");
      },

      /* "20 Oct 2026" (and ", 14:05" for a time of day) in the browser's time zone, for each instant. */
      localTimes: function(body)
      {
         var times = body.querySelectorAll("time[data-pc-time]");
         for (var i = 0; i < times.length; i++)
         {
            var iso = times[i].getAttribute("datetime") || "";
            var date = iso.indexOf("T") > 0 ? new Date(iso) : null;
            if (date && !isNaN(date.getTime()))
            {
               var text = date.getDate() + " " + this.options.months[date.getMonth()] + " " + date.getFullYear();
               if (times[i].getAttribute("data-pc-time") === "dayTime")
               {
                  text += ", " + pad(date.getHours()) + ":" + pad(date.getMinutes());
               }
               times[i].textContent = text;
            }
         }
      },

      /* A challenge without a workflow (or a refused image) gets a sentence instead of a broken picture. */
      watchDiagram: function()
      {
         var image = this.el("diagram-image"), missing = this.el("diagram-missing");
         if (!image || !missing)
         {
            return;
         }
         function failed()
         {
            image.classList.add("hidden");
            missing.classList.remove("hidden");
         }
         image.addEventListener("error", failed);
         if (image.complete && image.naturalWidth === 0 && image.getAttribute("src"))
         {
            failed();
         }
      }
   };

   root.ChallengePage = ChallengePage;
})();
