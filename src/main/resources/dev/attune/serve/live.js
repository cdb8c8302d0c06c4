// Served only by `attune serve`: reloads the page after each successful rebuild and shows the
// errors of a failed one. Never part of a built site.
(function () {
  "use strict";
  var version = null;
  var panel = null;
  // The server writes the errors into the page for readers without scripts; with scripts, the
  // panel below shows them and follows each rebuild, so the written copy goes.
  var written = document.getElementById("attune-preview-errors");
  if (written) {
    written.remove();
  }

  function show(errors) {
    if (!errors) {
      if (panel) {
        panel.remove();
        panel = null;
      }
      return;
    }
    if (!panel) {
      panel = document.createElement("div");
      panel.setAttribute("role", "alert");
      panel.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:9999;max-height:60vh;overflow:auto;" +
        "background:#fff4f4;color:#3b0000;border:2px solid #b00020;border-radius:8px;padding:1rem;" +
        "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 4px 16px rgba(0,0,0,.3)";
      document.body.appendChild(panel);
    }
    panel.textContent = "";
    var title = document.createElement("strong");
    title.textContent = "The course did not build. This page shows the last good build; it updates when you save a fix.";
    var pre = document.createElement("pre");
    pre.style.whiteSpace = "pre-wrap";
    pre.textContent = errors;
    panel.appendChild(title);
    panel.appendChild(pre);
  }

  function poll() {
    fetch("/_attune/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (version !== null && status.version !== version) {
          window.location.reload();
          return;
        }
        version = status.version;
        show(status.errors);
      })
      .catch(function () { /* the preview was stopped or is restarting */ })
      .then(function () { window.setTimeout(poll, 1000); });
  }

  poll();
})();
