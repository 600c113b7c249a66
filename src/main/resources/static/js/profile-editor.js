// The profile editor: line numbers beside the YAML, the lines the errors cite marked, and a click
// on an error goes to its line. Without JavaScript the page keeps a plain textarea, and the error
// links lead to it.
(function () {
  "use strict";
  var area = document.getElementById("document");
  if (!area || !area.parentElement.classList.contains("yaml-editor")) {
    return;
  }
  var box = area.parentElement;
  var gutter = document.createElement("pre");
  gutter.className = "gutter";
  gutter.setAttribute("aria-hidden", "true");
  box.insertBefore(gutter, area);
  box.classList.add("ready");

  var bad = {};
  document.querySelectorAll("a.error-line[data-line]").forEach(function (a) {
    bad[a.getAttribute("data-line")] = true;
  });

  var shown = -1;
  function number() {
    var lines = area.value.split("\n").length;
    if (lines === shown) {
      return;
    }
    shown = lines;
    var html = [];
    for (var i = 1; i <= lines; i++) {
      html.push(bad[i] ? '<span class="bad">' + i + "</span>" : "<span>" + i + "</span>");
    }
    gutter.innerHTML = html.join("");
  }

  function lineHeight() {
    var h = parseFloat(window.getComputedStyle(area).lineHeight);
    return isNaN(h) ? 20 : h;
  }

  function goTo(line) {
    var lines = area.value.split("\n");
    var n = Math.max(1, Math.min(line, lines.length));
    var start = 0;
    for (var i = 0; i < n - 1; i++) {
      start += lines[i].length + 1;
    }
    area.focus();
    area.setSelectionRange(start, start + lines[n - 1].length);
    area.scrollTop = Math.max(0, (n - 3) * lineHeight());
    gutter.scrollTop = area.scrollTop;
  }

  area.addEventListener("input", number);
  area.addEventListener("scroll", function () {
    gutter.scrollTop = area.scrollTop;
  });
  if (window.ResizeObserver) {
    new ResizeObserver(function () {
      gutter.style.height = area.offsetHeight + "px";
    }).observe(area);
  }
  document.querySelectorAll("a.error-line[data-line]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      goTo(parseInt(a.getAttribute("data-line"), 10));
    });
  });
  number();
  var first = document.querySelector("a.error-line[data-line]");
  if (first) {
    goTo(parseInt(first.getAttribute("data-line"), 10));
  }
})();
