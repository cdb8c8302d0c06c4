/* Attune: reflection worksheets.
 *
 * Answers are saved in this browser's localStorage as the learner types, under
 * "attune:<course>:worksheet:<worksheet id>", as {"v": 1, "updated": "<ISO time>",
 * "answers": {"<prompt id>": value}}. Answers to prompts that a later edit of the course removed
 * are kept, never dropped. Learners can download their answers as Markdown (to read) or JSON (to
 * import on another device), import them back, clear them, and print with or without them.
 * If storage is unavailable, the worksheet says so and offers the download instead.
 */
(function () {
  "use strict";

  var VERSION = 1;
  var FORMAT = "attune-worksheet-answers";
  var SAVE_DELAY = 400;
  var course = document.body.getAttribute("data-course") || "course";
  var prefix = "attune:" + course + ":worksheet:";

  var storage = (function () {
    try {
      var s = window.localStorage;
      var probe = prefix + "probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  })();

  function empty() {
    return { v: VERSION, updated: "", answers: {} };
  }

  function load(id) {
    if (!storage) {
      return empty();
    }
    try {
      var data = JSON.parse(storage.getItem(prefix + id));
      if (data && data.v === VERSION && data.answers && typeof data.answers === "object") {
        return data;
      }
    } catch (e) {
      // unreadable: treated as empty, and kept until the learner saves over it
    }
    return empty();
  }

  function isEmptyAnswer(value) {
    if (value === undefined || value === null || value === "") {
      return true;
    }
    if (Array.isArray(value)) {
      return value.length === 0;
    }
    if (typeof value === "object") {
      return Object.keys(value).every(function (k) { return isEmptyAnswer(value[k]); });
    }
    return false;
  }

  function hasAnswers(data) {
    return Object.keys(data.answers).some(function (k) { return !isEmptyAnswer(data.answers[k]); });
  }

  function text(element) {
    return element ? (element.textContent || "").replace(/\s+/g, " ").trim() : "";
  }

  function download(name, type, content) {
    var blob = new Blob([content], { type: type });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  /* ---- one worksheet ---- */

  function Worksheet(section) {
    var self = this;
    this.section = section;
    this.id = section.getAttribute("data-worksheet");
    this.status = section.querySelector("[data-worksheet-status]");
    this.data = load(this.id);
    this.timer = null;
    this.restore();
    section.querySelector(".worksheet__tools").hidden = false;
    section.addEventListener("input", function () { self.scheduleSave(); });
    section.addEventListener("change", function (event) {
      if (event.target.getAttribute("data-action") !== "import") {
        self.scheduleSave();
      }
    });
    this.on("download-markdown", "click", function () { self.downloadMarkdown(); });
    this.on("download-json", "click", function () { self.downloadJson(); });
    this.on("import", "change", function (event) { self.importFile(event.target); });
    this.on("print", "click", function () { self.print(false); });
    this.on("print-blank", "click", function () { self.print(true); });
    this.on("clear", "click", function () { self.clear(); });
    if (!storage) {
      this.say("This browser is not keeping your answers (storage is turned off or in private mode). " +
        "Use “Download” before you leave this page, or your answers will be lost.");
      section.classList.add("worksheet--unsaved");
    } else if (hasAnswers(this.data)) {
      this.say("Your earlier answers are back. They are saved in this browser only.");
    }
  }

  Worksheet.prototype.on = function (action, type, handler) {
    var element = this.section.querySelector("[data-action=" + action + "]");
    if (element) {
      element.addEventListener(type, handler);
    }
  };

  Worksheet.prototype.say = function (message) {
    this.status.textContent = message;
  };

  Worksheet.prototype.prompts = function () {
    return Array.prototype.slice.call(this.section.querySelectorAll("[data-prompt]"));
  };

  /** The answers on the page, over the saved ones (so answers to removed prompts are kept). */
  Worksheet.prototype.collect = function () {
    var answers = Object.assign({}, this.data.answers);
    this.prompts().forEach(function (prompt) {
      var id = prompt.getAttribute("data-prompt");
      var value = read(prompt);
      if (isEmptyAnswer(value)) {
        delete answers[id];
      } else {
        answers[id] = value;
      }
    });
    return answers;
  };

  function read(prompt) {
    var kind = prompt.getAttribute("data-kind");
    var fields = Array.prototype.slice.call(prompt.querySelectorAll("[data-answer]"));
    switch (kind) {
      case "long":
      case "short":
        return fields[0].value;
      case "scale":
      case "choice":
        var chosen = fields.filter(function (f) { return f.checked; })[0];
        return chosen ? chosen.value : "";
      case "checklist":
        return fields.filter(function (f) { return f.checked; }).map(function (f) { return f.value; });
      case "partner":
        var sides = {};
        fields.forEach(function (f) {
          if (f.value !== "") {
            sides[f.getAttribute("data-side")] = f.value;
          }
        });
        return sides;
      case "table":
        var rows = {};
        fields.forEach(function (f) {
          if (f.value !== "") {
            var row = f.getAttribute("data-row");
            rows[row] = rows[row] || {};
            rows[row][f.getAttribute("data-column")] = f.value;
          }
        });
        return rows;
      default:
        return "";
    }
  }

  function write(prompt, value) {
    var kind = prompt.getAttribute("data-kind");
    prompt.querySelectorAll("[data-answer]").forEach(function (f) {
      switch (kind) {
        case "long":
        case "short":
          f.value = typeof value === "string" ? value : "";
          break;
        case "scale":
        case "choice":
          f.checked = String(value) === f.value;
          break;
        case "checklist":
          f.checked = Array.isArray(value) && value.indexOf(f.value) >= 0;
          break;
        case "partner":
          f.value = value && typeof value[f.getAttribute("data-side")] === "string" ? value[f.getAttribute("data-side")] : "";
          break;
        case "table":
          var row = value && value[f.getAttribute("data-row")];
          var cell = row && row[f.getAttribute("data-column")];
          f.value = typeof cell === "string" ? cell : "";
          break;
      }
    });
  }

  Worksheet.prototype.restore = function () {
    var answers = this.data.answers;
    this.prompts().forEach(function (prompt) {
      write(prompt, answers[prompt.getAttribute("data-prompt")]);
    });
  };

  Worksheet.prototype.scheduleSave = function () {
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.save(); }, SAVE_DELAY);
  };

  Worksheet.prototype.save = function () {
    window.clearTimeout(this.timer);
    this.timer = null;
    this.data = { v: VERSION, updated: new Date().toISOString(), answers: this.collect() };
    if (!storage) {
      return false;
    }
    try {
      storage.setItem(prefix + this.id, JSON.stringify(this.data));
    } catch (e) {
      this.say("Your latest answers could not be saved: this browser's storage is full or blocked. " +
        "Use “Download” to keep a copy now.");
      this.section.classList.add("worksheet--unsaved");
      return false;
    }
    this.section.classList.remove("worksheet--unsaved");
    this.say("Saved in this browser.");
    return true;
  };

  /* ---- export and import ---- */

  Worksheet.prototype.context = function () {
    return text(this.section.querySelector(".worksheet__context"));
  };

  Worksheet.prototype.title = function () {
    return text(this.section.querySelector(".worksheet__title"));
  };

  Worksheet.prototype.downloadJson = function () {
    var answers = this.collect();
    download(this.id + "-answers.json", "application/json", JSON.stringify({
      format: FORMAT,
      version: VERSION,
      course: course,
      worksheet: this.id,
      title: this.title(),
      exported: new Date().toISOString(),
      answers: answers
    }, null, 2) + "\n");
  };

  Worksheet.prototype.downloadMarkdown = function () {
    var answers = this.collect();
    var lines = ["# " + this.title(), "", this.context(), ""];
    var shown = {};
    this.prompts().forEach(function (prompt) {
      var id = prompt.getAttribute("data-prompt");
      shown[id] = true;
      lines.push("## " + text(prompt.querySelector(".prompt__text")), "");
      lines.push(markdownAnswer(prompt, answers[id]), "");
    });
    var earlier = Object.keys(answers).filter(function (id) { return !shown[id]; });
    if (earlier.length) {
      lines.push("## Answers to prompts no longer in this worksheet", "");
      earlier.forEach(function (id) {
        lines.push("- " + id + ": " + JSON.stringify(answers[id]));
      });
      lines.push("");
    }
    download(this.id + "-answers.md", "text/markdown", lines.join("\n"));
  };

  function cellText(value) {
    return (value || "").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
  }

  function markdownAnswer(prompt, value) {
    var none = "_(no answer)_";
    var kind = prompt.getAttribute("data-kind");
    if (kind === "long" || kind === "short") {
      return isEmptyAnswer(value) ? none : value;
    }
    if (kind === "scale") {
      var points = prompt.querySelectorAll("[data-answer]");
      var low = text(prompt.querySelector(".ws-scale__end--low"));
      var high = text(prompt.querySelector(".ws-scale__end--high"));
      var range = "on a scale from " + points[0].value + (low ? " (" + low + ")" : "") + " to " +
        points[points.length - 1].value + (high ? " (" + high + ")" : "");
      return isEmptyAnswer(value) ? none + " " + range : value + ", " + range;
    }
    if (kind === "checklist" || kind === "choice") {
      var items = Array.prototype.map.call(prompt.querySelectorAll("[data-answer]"), function (f) {
        var chosen = kind === "checklist" ? Array.isArray(value) && value.indexOf(f.value) >= 0 : value === f.value;
        return "- [" + (chosen ? "x" : " ") + "] " + text(f.parentNode);
      });
      return items.join("\n");
    }
    if (kind === "partner") {
      return Array.prototype.map.call(prompt.querySelectorAll(".ws-partner"), function (side) {
        var key = side.querySelector("[data-answer]").getAttribute("data-side");
        var answer = value && value[key];
        return "**" + text(side.querySelector(".ws-partner__name")) + ":** " + (answer || none);
      }).join("\n\n");
    }
    if (kind === "table") {
      var table = prompt.querySelector("table");
      var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), text);
      var rows = ["| " + headers.map(cellText).join(" | ") + " |", "|" + headers.map(function () { return "---"; }).join("|") + "|"];
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        var cells = [cellText(text(tr.querySelector("th")))];
        tr.querySelectorAll("[data-answer]").forEach(function (f) {
          var row = value && value[f.getAttribute("data-row")];
          cells.push(cellText(row && row[f.getAttribute("data-column")]));
        });
        rows.push("| " + cells.join(" | ") + " |");
      });
      return rows.join("\n");
    }
    return none;
  }

  Worksheet.prototype.importFile = function (input) {
    var self = this;
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      input.value = "";
      var imported;
      try {
        imported = JSON.parse(reader.result);
      } catch (e) {
        self.say("That file could not be read: it is not a JSON file saved from a worksheet.");
        return;
      }
      if (!imported || imported.format !== FORMAT || typeof imported.answers !== "object" || imported.answers === null) {
        self.say("That file is not a worksheet answers file (it should come from “Download for another device”).");
        return;
      }
      if (imported.version !== VERSION) {
        self.say("That file was saved by a newer version of this site, so it cannot be imported here.");
        return;
      }
      if (imported.worksheet !== self.id &&
          !window.confirm("This file holds answers to another worksheet (“" + (imported.title || imported.worksheet) + "”). Import them here anyway?")) {
        return;
      }
      if (hasAnswers({ answers: self.collect() }) &&
          !window.confirm("Replace your current answers to this worksheet with the ones in the file?")) {
        return;
      }
      window.clearTimeout(self.timer); // a save still waiting would write the old answers over the imported ones
      self.timer = null;
      self.data = { v: VERSION, updated: "", answers: imported.answers };
      self.restore();
      var saved = self.save();
      self.say("Imported the answers from " + file.name + "." + (saved ? " They are saved in this browser." : ""));
    };
    reader.onerror = function () {
      self.say("That file could not be read.");
    };
    reader.readAsText(file);
  };

  Worksheet.prototype.clear = function () {
    if (!window.confirm("Clear all your answers to this worksheet? This cannot be undone; download them first to keep a copy.")) {
      return;
    }
    // A save still waiting for the typing to pause would write the old answers back.
    window.clearTimeout(this.timer);
    this.timer = null;
    this.data = empty();
    if (storage) {
      storage.removeItem(prefix + this.id);
    }
    this.restore();
    this.say("Your answers to this worksheet were cleared.");
  };

  /* ---- printing ---- */

  /** Copies each answer into its print-only box, so paper shows it instead of empty lines. */
  function fillPrintAnswers(root) {
    root.querySelectorAll(".prompt__field").forEach(function (field) {
      var box = field.parentNode.querySelector(".ws-print-answer");
      var holder = field.closest("td, .ws-partner, .prompt");
      if (box) {
        box.textContent = field.value;
      }
      if (holder) {
        holder.classList.toggle("ws-has-answer", field.value.trim() !== "");
      }
    });
  }

  Worksheet.prototype.print = function (blank) {
    var section = this.section;
    fillPrintAnswers(document);
    document.body.classList.add("print-one-worksheet");
    section.classList.add("worksheet--printing");
    section.classList.toggle("worksheet--blank", blank);
    window.addEventListener("afterprint", function done() {
      window.removeEventListener("afterprint", done);
      document.body.classList.remove("print-one-worksheet");
      section.classList.remove("worksheet--printing", "worksheet--blank");
    });
    window.print();
  };

  window.addEventListener("beforeprint", function () { fillPrintAnswers(document); });

  /* ---- the worksheets index ---- */

  function showStates() {
    document.querySelectorAll("[data-worksheet-status-for]").forEach(function (item) {
      var state = item.querySelector("[data-worksheet-state]");
      if (!storage || !state) {
        return;
      }
      var data = load(item.getAttribute("data-worksheet-status-for"));
      state.hidden = false;
      if (hasAnswers(data)) {
        state.textContent = "Started" + (data.updated ? ", last saved " + new Date(data.updated).toLocaleDateString() : "");
        item.classList.add("worksheet-list__item--started");
      } else {
        state.textContent = "Not started";
      }
    });
  }

  document.querySelectorAll("section.worksheet[data-worksheet]").forEach(function (section) {
    var worksheet = new Worksheet(section);
    window.addEventListener("pagehide", function () {
      if (worksheet.timer) {
        worksheet.save(); // don't lose the last keystrokes when the page closes
      }
    });
  });
  showStates();
})();
