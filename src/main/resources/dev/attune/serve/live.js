// Served only by `attune serve`: reloads the page the moment a rebuild finishes, which the preview
// tells it over Server-Sent Events (/_attune/events). Never part of a built site.
(function () {
  "use strict";
  // The build this page shows, written into the script's tag by the preview.
  var shown = document.currentScript.getAttribute("data-generation");
  var source = null;

  // The preview writes a failed build's errors at the top of the page. A reload keeps the scroll
  // position, so with scripts they float at the bottom of the window, where they are seen.
  var errors = document.getElementById("attune-preview-errors");
  if (errors) {
    errors.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:9999;max-height:60vh;overflow:auto;" +
      "background:#fff4f4;color:#3b0000;border:2px solid #b00020;border-radius:8px;padding:1rem;" +
      "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 4px 16px rgba(0,0,0,.3)";
    errors.querySelector("pre").style.whiteSpace = "pre-wrap";
  }

  function connect() {
    if (source || document.hidden) {
      return;
    }
    source = new EventSource("/_attune/events");
    // Sent on every finished build, and first on every connection: a build finished while the
    // page was away reloads it as well.
    source.addEventListener("build", function (event) {
      if (String(JSON.parse(event.data).generation) !== shown) {
        disconnect();
        window.location.reload();
      }
    });
    // Streams end before the preview's time limit for an answer; the next one opens at once.
    source.addEventListener("reconnect", function () {
      disconnect();
      connect();
    });
    source.addEventListener("error", function () {
      // The browser tries again by itself (as often as the preview's "retry:" says) after a
      // stream breaks, but not after a refusal: the preview answers 503 when too many pages
      // follow it, and asks for ten seconds' patience (Retry-After).
      if (source && source.readyState === EventSource.CLOSED) {
        disconnect();
        window.setTimeout(connect, 10000);
      }
    });
  }

  function disconnect() {
    if (source) {
      source.close();
      source = null;
    }
  }

  // A browser keeps at most six connections to the preview; hidden pages let theirs go (so that
  // many open tabs do not stall the rest), and catch up when shown again.
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      disconnect();
    } else {
      connect();
    }
  });
  connect();
})();
