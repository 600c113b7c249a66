// The alert inbox: tick a whole group or the whole page. Without this file each alert is ticked
// on its own; the group and page boxes stay hidden.
(function () {
  "use strict";
  function show(root) {
    root.querySelectorAll(".js-only[hidden]").forEach(function (el) { el.hidden = false; });
  }
  function boxes(root) {
    return Array.prototype.slice.call(root.querySelectorAll("input[name=ids]"));
  }
  function sync(form) {
    form.querySelectorAll(".alert-group").forEach(function (g) {
      var box = g.querySelector("[data-select-group]"), ids = boxes(g);
      if (box) box.checked = ids.length > 0 && ids.every(function (b) { return b.checked; });
    });
    var all = form.querySelector("[data-select-all]"), ids = boxes(form);
    if (all) all.checked = ids.length > 0 && ids.every(function (b) { return b.checked; });
  }
  document.addEventListener("change", function (e) {
    var t = e.target, form = t.closest && t.closest("#bulk");
    if (!form) return;
    if (t.hasAttribute("data-select-all")) {
      boxes(form).forEach(function (b) { b.checked = t.checked; });
    } else if (t.hasAttribute("data-select-group")) {
      boxes(t.closest(".alert-group")).forEach(function (b) { b.checked = t.checked; });
    }
    sync(form);
  });
  document.addEventListener("DOMContentLoaded", function () { show(document); });
  document.addEventListener("htmx:afterSwap", function () { show(document); });
})();
