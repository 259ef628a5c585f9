// searchidx: small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // "/" focuses the search box, as on many search pages.
  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("q");
    if (e.key === "/" && box && document.activeElement !== box &&
        !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
  // On an article opened at a quote (#qN), flash the quote's first piece.
  function flashQuote() {
    var id = location.hash.slice(1);
    if (!/^q\d+$/.test(id)) return;
    document.querySelectorAll(".m-quote.current").forEach(function (el) {
      el.classList.remove("current", "flash");
    });
    document.querySelectorAll('[data-q="' + id + '"]').forEach(function (el) {
      el.classList.add("current", "flash");
    });
  }
  window.addEventListener("hashchange", flashQuote);
  document.addEventListener("DOMContentLoaded", function () {
    flashQuote();
    // Bars say their period and count to screen readers and on hover.
    document.querySelectorAll(".histogram .bar").forEach(function (bar) {
      bar.setAttribute("aria-label", bar.dataset.period + ": " + bar.dataset.count);
    });
  });
})();
