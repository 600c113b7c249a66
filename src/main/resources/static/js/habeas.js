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
  // Lists become labelled cards on a phone (habeas.css, table.cards): a cell that has no
  // data-label of its own takes its column's heading.
  function labelCells() {
    document.querySelectorAll("table.cards").forEach(function (table) {
      var heads = [];
      table.querySelectorAll("thead th").forEach(function (th) { heads.push(th.textContent.trim()); });
      table.querySelectorAll("tbody > tr").forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (td, i) {
          if (!td.hasAttribute("data-label") && heads[i]) td.setAttribute("data-label", heads[i]);
        });
      });
    });
  }
  // The phone's menu (a checkbox in the layout): Escape folds it again.
  document.addEventListener("keydown", function (e) {
    var toggle = document.getElementById("menu-toggle");
    if (e.key === "Escape" && toggle && toggle.checked) {
      toggle.checked = false;
      toggle.focus();
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    labelCells();
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
  document.addEventListener("htmx:afterSwap", labelCells);
})();
