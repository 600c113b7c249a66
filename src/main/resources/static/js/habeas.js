// Habeas: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Detention clocks tick in the browser: hours and minutes since apprehension, and the colour
  // as the legal limit nears (amber from 75 %, red past it).
  function tick() {
    var now = Date.now();
    document.querySelectorAll(".clock[data-since]").forEach(function (el) {
      if (el.dataset.open !== "true") return;
      var since = Date.parse(el.dataset.since), limit = Date.parse(el.dataset.limit);
      if (isNaN(since)) return;
      var minutes = Math.max(0, Math.floor((now - since) / 60000));
      var format = el.dataset.format || "{h} h {m} min";
      el.textContent = format.replace("{h}", Math.floor(minutes / 60)).replace("{m}", minutes % 60);
      if (!isNaN(limit)) {
        var share = (now - since) / (limit - since);
        var level = share > 1 ? "red" : share >= 0.75 ? "amber" : "green";
        el.classList.remove("level-green", "level-amber", "level-red");
        el.classList.add("level-" + level);
      }
    });
  }
  // Safeguards deadlines count down in the browser: time left before data-due, or how long overdue.
  function countdown() {
    var now = Date.now();
    document.querySelectorAll(".countdown[data-due]").forEach(function (el) {
      var due = Date.parse(el.dataset.due);
      if (isNaN(due)) return;
      var minutes = Math.floor(Math.abs(due - now) / 60000);
      var format = (due >= now ? el.dataset.format : el.dataset.overdue) || "{h} h {m} min";
      el.textContent = format.replace("{h}", Math.floor(minutes / 60)).replace("{m}", minutes % 60);
      el.classList.toggle("overdue", due < now);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    countdown();
    setInterval(countdown, 30000);
    tick();
    setInterval(tick, 30000);
    document.querySelectorAll("[data-print]").forEach(function (b) {
      b.addEventListener("click", function () { window.print(); });
    });
  });
  document.addEventListener("htmx:afterSwap", tick);
  document.addEventListener("htmx:afterSwap", countdown);
})();
