/* Attune: reflection worksheets.
 *
 * Answers are saved in this browser's localStorage as the learner types, through learner-data.js
 * (which describes the entries and keeps what it cannot use). Answers to prompts that a later edit
 * of the course removed are kept, never dropped. Learners can download their answers as Markdown
 * (to read) or JSON (to import on another device), import them back, clear them, and print with
 * or without them. If storage is unavailable or full, the worksheet says so and offers the
 * download instead. Each worksheet starts on its own: one that fails says so, and the others work.
 */
(function () {
  "use strict";

  var data = window.AttuneLearnerData;
  if (!data) {
    // A layout without learner-data.js: worksheets stay plain forms, as with scripts off.
    window.console.error("Attune: theme/js/learner-data.js must be loaded before worksheet.js");
    return;
  }
  var own = data.own;
  var SAVE_DELAY = 400;
  var CLEAR_LABEL = "Clear my answers";
  var course = document.body.getAttribute("data-course") || "course";

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

  var download = data.download;

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0).replace(/\.0$/, "") + " MB";
  }

  /* ---- one worksheet ---- */

  function Worksheet(section) {
    var self = this;
    this.section = section;
    this.id = section.getAttribute("data-worksheet");
    this.status = section.querySelector("[data-worksheet-status]");
    this.known = data.dict(); // the prompts on the page, by id: their kind
    this.prompts().forEach(function (prompt) {
      self.known[prompt.getAttribute("data-prompt")] = prompt.getAttribute("data-kind");
    });
    this.entry = data.open("worksheet", this.id, this.known);
    this.data = this.entry.data;
    this.timer = null;
    this.restore();
    section.querySelector(".worksheet__tools").hidden = false;
    // Only answers save; the import field's own events would otherwise replace its message.
    section.addEventListener("input", function (event) { self.onEdit(event); });
    section.addEventListener("change", function (event) { self.onEdit(event); });
    this.on("download-markdown", "click", function () { self.downloadMarkdown(); });
    this.on("download-json", "click", function () { self.downloadJson(); });
    this.on("import", "change", function (event) { self.importFile(event.target); });
    this.on("print", "click", function () { self.print(false); });
    this.on("print-blank", "click", function () { self.print(true); });
    this.on("clear", "click", function () { self.clear(); });
    this.setLocked(this.entry.readOnly());
    this.offerSetAside();
    this.sayHowItIsKept();
  }

  Worksheet.prototype.onEdit = function (event) {
    if (event.target.hasAttribute("data-answer")) {
      this.scheduleSave();
    }
  };

  /** The first message: what was found in storage and whether answers will be kept. */
  Worksheet.prototype.sayHowItIsKept = function () {
    var message = data.explain(this.entry, "this worksheet", CLEAR_LABEL);
    var problem = data.problem();
    var unsaved = this.entry.readOnly() || problem !== "";
    if (this.entry.status === "recovered" && hasAnswers(this.data)) {
      message += " Your other answers are back.";
    }
    if (!this.entry.readOnly()) {
      if (!data.readable()) {
        message = "This browser is not keeping your answers (storage is turned off for this site). " +
          "Use “Download” before you leave this page, or your answers will be lost.";
      } else if (problem === "full") {
        message += (message ? " " : "") + "This browser is not keeping your answers: its storage is full. " +
          (hasAnswers(this.data) ? "Your saved answers are shown, but changes to them are not saved. " : "") +
          "Use “Download” before you leave this page, or clear answers you no longer need.";
      } else if (problem === "off") {
        message += (message ? " " : "") + "This browser is not letting this site save answers. " +
          "Use “Download” before you leave this page, or your answers will be lost.";
      } else if (this.entry.status === "saved" && hasAnswers(this.data)) {
        message = "Your earlier answers are back. They are saved in this browser only.";
      }
    }
    this.section.classList.toggle("worksheet--unsaved", unsaved || this.entry.status === "recovered");
    this.say(message);
  };

  /** Answers saved by a newer copy, or that could not be set aside, are shown but not editable. */
  Worksheet.prototype.setLocked = function (locked) {
    this.section.querySelectorAll("[data-answer]").forEach(function (f) {
      if (f.type === "radio" || f.type === "checkbox") {
        f.disabled = locked;
      } else {
        f.readOnly = locked;
      }
    });
  };

  /** A button for answers set aside from this worksheet, while there are any. */
  Worksheet.prototype.offerSetAside = function () {
    this.entry.offerSetAside(this.section.querySelector(".worksheet__buttons"), this.id + "-set-aside.json");
  };

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
    var answers = data.dict();
    var saved = this.data.answers;
    Object.keys(saved).forEach(function (id) { answers[id] = saved[id]; });
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
      var id = prompt.getAttribute("data-prompt");
      write(prompt, own(answers, id) ? answers[id] : undefined);
    });
  };

  Worksheet.prototype.scheduleSave = function () {
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.save(); }, SAVE_DELAY);
  };

  /** Saves the answers on the page; false when they could not be (the learner is told why). */
  Worksheet.prototype.save = function () {
    window.clearTimeout(this.timer);
    this.timer = null;
    if (this.entry.readOnly() || !data.readable()) {
      return false; // the first message already says these answers are not kept
    }
    this.data = { v: data.VERSION.worksheet, updated: new Date().toISOString(), answers: this.collect() };
    if (!this.entry.save(this.data)) {
      this.say("Your latest answers could not be saved: " + (data.problem() === "full" ?
        "this browser's storage is full. Use “Download” to keep a copy now, or clear answers you no longer need." :
        "this browser would not store them. Use “Download” to keep a copy now."));
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
      format: data.FILE_FORMAT,
      version: data.VERSION.file,
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
    var shown = data.dict();
    this.prompts().forEach(function (prompt) {
      var id = prompt.getAttribute("data-prompt");
      shown[id] = true;
      lines.push("## " + text(prompt.querySelector(".prompt__text")), "");
      lines.push(markdownAnswer(prompt, own(answers, id) ? answers[id] : undefined), "");
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

  /**
   * Imports a file from "Download for another device". Nothing changes unless every check passes
   * and the answers are saved; whatever happens is said in the status, where it stays.
   */
  Worksheet.prototype.importFile = function (input) {
    var self = this;
    var file = input.files && input.files[0];
    input.value = ""; // the same file may be chosen again
    if (!file) {
      return;
    }
    var name = "“" + file.name + "”";
    if (this.timer) {
      this.save(); // answers typed just now are saved first, so no later message replaces the import's
    }
    if (this.entry.status === "newer") {
      this.say("Nothing was imported: the answers kept here come from a newer copy of this course, and importing would " +
        "write over them. Import the file in the newer copy of the course, or use “" + CLEAR_LABEL + "” first.");
      return;
    }
    if (this.entry.readOnly()) {
      this.say("Nothing was imported: the answers kept here could not be set aside, and importing would write over them. " +
        "Free some space (clear answers you no longer need), reload the page and import again.");
      return;
    }
    if (file.size > data.LIMIT.fileBytes) {
      this.say("Nothing was imported: " + name + " is " + megabytes(file.size) + ", and a worksheet answers file is at most " +
        megabytes(data.LIMIT.fileBytes) + ". Choose the file that “Download for another device” saved.");
      return;
    }
    var reader = new FileReader();
    reader.onload = function () { self.applyFile(name, reader.result); };
    reader.onerror = function () {
      self.say("Nothing was imported: " + name + " could not be read. Your answers are as they were.");
    };
    reader.readAsText(file);
  };

  var IMPORT_ERRORS = {
    json: "it is not a JSON file saved from a worksheet.",
    format: "it is not a worksheet answers file (it should come from “Download for another device”).",
    newer: "it was saved by a newer copy of this course. Import it there, or download the answers again from a copy like this one.",
    damaged: "some of its answers are damaged or do not fit this worksheet's prompts."
  };

  Worksheet.prototype.applyFile = function (name, text) {
    var file = data.readFile(text, this.known);
    if (file.error) {
      this.say("Nothing was imported from " + name + ": " + IMPORT_ERRORS[file.error] + " Your answers are as they were.");
      return;
    }
    if (file.worksheet !== this.id &&
        !window.confirm("This file holds answers to another worksheet (“" + (file.title || file.worksheet || "untitled") + "”). Import them here anyway?")) {
      this.say("Nothing was imported from " + name + ".");
      return;
    }
    if (hasAnswers({ answers: this.collect() }) &&
        !window.confirm("Replace your current answers to this worksheet with the ones in the file?")) {
      this.say("Nothing was imported from " + name + ".");
      return;
    }
    // The file's answers replace those to the prompts on this page; answers to removed prompts stay.
    var answers = data.dict();
    var known = this.known;
    var saved = this.data.answers;
    Object.keys(saved).forEach(function (id) {
      if (!own(known, id)) {
        answers[id] = saved[id];
      }
    });
    Object.keys(file.answers).forEach(function (id) { answers[id] = file.answers[id]; });
    var next = { v: data.VERSION.worksheet, updated: new Date().toISOString(), answers: answers };
    var kept = data.readable() && this.entry.save(next);
    if (data.readable() && !kept) {
      this.say("Nothing was imported from " + name + ": " + (data.problem() === "full" ?
        "this browser's storage is full, so the answers could not be saved." : "this browser would not save them.") +
        " Your answers are as they were.");
      return;
    }
    window.clearTimeout(this.timer); // a save still waiting would write the old answers over the imported ones
    this.timer = null;
    this.data = next;
    this.restore();
    this.section.classList.toggle("worksheet--unsaved", !kept);
    var left = file.skipped ? " " + (file.skipped === 1 ? "1 answer" : file.skipped + " answers") +
      " in the file, to prompts not in this worksheet, " + (file.skipped === 1 ? "was" : "were") + " left out." : "";
    this.say("Imported the answers from " + name + "." + (kept ? " They are saved in this browser." :
      " This browser is not keeping them, so use “Download” before you leave this page.") + left);
  };

  Worksheet.prototype.clear = function () {
    var readOnly = this.entry.readOnly();
    if (!window.confirm(readOnly ?
        "Start this worksheet again here? The answers kept in this browser are set aside, not deleted." :
        "Clear all your answers to this worksheet? This cannot be undone; download them first to keep a copy.")) {
      return;
    }
    // A save still waiting for the typing to pause would write the old answers back.
    window.clearTimeout(this.timer);
    this.timer = null;
    if (!this.entry.clear() && data.readable()) {
      this.say(data.problem() === "full" ?
        "Nothing was cleared: there is no room to set the answers kept here aside, because this browser's storage is full. " +
        "Free some space (clear answers you no longer need), then try again." :
        "Nothing was cleared: this browser would not change the answers kept here. Reload the page to try again.");
      return;
    }
    this.data = this.entry.data;
    this.setLocked(false);
    this.restore();
    this.offerSetAside();
    this.section.classList.toggle("worksheet--unsaved", data.problem() !== "");
    this.say(readOnly ? "The answers kept here were set aside in this browser, not deleted; this worksheet starts again." :
      "Your answers to this worksheet were cleared.");
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

  var STATES = {
    newer: "Saved by a newer copy of this course",
    damaged: "Some saved answers need attention: open the worksheet",
    unreadable: "Saved answers could not be read"
  };

  function showStates() {
    document.querySelectorAll("[data-worksheet-status-for]").forEach(function (item) {
      var state = item.querySelector("[data-worksheet-state]");
      if (!data.readable() || !state) {
        return;
      }
      var entry = data.peek("worksheet", item.getAttribute("data-worksheet-status-for"));
      state.hidden = false;
      if (own(STATES, entry.status)) {
        state.textContent = STATES[entry.status];
      } else if (hasAnswers(entry.data)) {
        var updated = entry.data.updated;
        state.textContent = "Started" + (data.isTime(updated) ? ", last saved " + new Date(updated).toLocaleDateString() : "");
        item.classList.add("worksheet-list__item--started");
      } else {
        state.textContent = "Not started";
      }
    });
  }

  /** Leaves a worksheet that failed to start as a plain form, and says so. */
  function broken(section, error) {
    window.console.error("Attune: worksheet “" + section.getAttribute("data-worksheet") + "” could not start", error);
    var tools = section.querySelector(".worksheet__tools");
    var status = section.querySelector("[data-worksheet-status]");
    if (tools && status) {
      tools.hidden = false;
      tools.querySelectorAll(".worksheet__buttons").forEach(function (buttons) { buttons.hidden = true; });
      section.classList.add("worksheet--unsaved");
      status.textContent = "This worksheet could not start in this browser: you can fill it in and print it, but " +
        "your answers are not saved. Your saved answers to it are left as they are.";
    }
  }

  document.querySelectorAll("section.worksheet[data-worksheet]").forEach(function (section) {
    var worksheet;
    try {
      worksheet = new Worksheet(section);
    } catch (e) {
      broken(section, e);
      return;
    }
    window.addEventListener("pagehide", function () {
      if (worksheet.timer) {
        worksheet.save(); // don't lose the last keystrokes when the page closes
      }
    });
  });
  try {
    showStates();
  } catch (e) {
    window.console.error("Attune: the worksheets' states could not be shown", e);
  }
})();
