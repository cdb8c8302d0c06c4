// Solutions, hints and spoilers are <details> elements, closed on screen. On paper they are
// shown: opened before printing and closed again after, as the learner had them. Without this
// script, browsers that support ::details-content show them in print through the style sheet.
(function () {
  "use strict";
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.collapsible:not([open])").forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
})();
