// Habeas: the body map of the injury form. Clicking a region of the outlines ticks its checkbox
// (and the other way round); only the ticked regions' inputs are shown. Without this file the form
// is a plain list of checkboxes, each with its inputs.
(function () {
  "use strict";
  function setup(form) {
    form.classList.add("js");
    function sync(code) {
      var box = form.querySelector('input[name="region"][value="' + code + '"]');
      var on = !!(box && box.checked);
      form.querySelectorAll('[data-region="' + code + '"]').forEach(function (p) {
        p.classList.toggle("marked", on);
        p.classList.toggle("kind-other", on);
        p.setAttribute("aria-pressed", on ? "true" : "false");
      });
      var entry = form.querySelector('[data-entry="' + code + '"]');
      if (entry) entry.classList.toggle("ticked", on);
    }
    form.querySelectorAll("[data-region]").forEach(function (p) {
      var code = p.getAttribute("data-region");
      p.setAttribute("tabindex", "0");
      p.setAttribute("role", "button");
      function toggle() {
        var box = form.querySelector('input[name="region"][value="' + code + '"]');
        if (!box) return;
        box.checked = !box.checked;
        sync(code);
        if (box.checked) {
          var kind = form.querySelector('[name="kind.' + code + '"]');
          if (kind) kind.focus({ preventScroll: true });
        }
      }
      p.addEventListener("click", toggle);
      p.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); }
      });
      sync(code);
    });
    form.querySelectorAll('input[name="region"]').forEach(function (box) {
      box.addEventListener("change", function () { sync(box.value); });
    });
    // The inputs of regions not marked are not sent.
    form.addEventListener("submit", function () {
      form.querySelectorAll(".region-entry:not(.ticked) .region-details [name]").forEach(function (el) {
        el.disabled = true;
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.injury-form").forEach(setup);
  });
})();
