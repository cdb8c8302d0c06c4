/* Attune: learners' saved answers, read, checked and written in one place.
 *
 * Quizzes and worksheets keep a learner's answers in this browser's localStorage, one entry each:
 *   "attune:<course>:quiz:<quiz id>"
 *     {"v": 1, "questions": {"<question id>": {"key", "state", "answer"}}}
 *   "attune:<course>:worksheet:<worksheet id>"
 *     {"v": 1, "updated": "<ISO time>" or "", "answers": {"<prompt id>": value}}
 * and a worksheet's "Download for another device" file is
 *   {"format": "attune-worksheet-answers", "version": 1, "worksheet", "title", "answers", …}.
 *
 * Nothing a learner saved is lost here:
 * - Entries and imported files are checked against that schema before use: ids in Attune's id
 *   syntax, each value of the kind its question or prompt takes, bounded size and nesting. Checked
 *   data lives in objects without a prototype, so an id like "constructor" is just an id.
 * - An entry with a higher "v" was saved by a newer copy of the course. It is shown as far as this
 *   copy understands it and never written over.
 * - An entry that fails the check is copied, exactly as it was, to "<key>.recovered-<ISO time>"
 *   before its usable part is written back. If the copy cannot be made (storage full), the entry
 *   is left as it is and nothing is saved over it.
 * - A full storage is still read; only writing fails, and the page says so.
 *
 * quiz.js, worksheet.js and progress.js use this through window.AttuneLearnerData, so the layout
 * loads this script first.
 */
(function () {
  "use strict";

  /** The schema versions this copy of the course reads and writes. */
  var VERSION = { quiz: 1, worksheet: 1, file: 1 };
  var FILE_FORMAT = "attune-worksheet-answers";
  var LIMIT = {
    entryChars: 2000000, // one stored entry as JSON text; far above what a learner types
    fileBytes: 5 * 1024 * 1024, // an imported file, refused before it is read
    ids: 1000, // questions or prompts in one entry
    items: 1000, // items of one answer: ticked boxes, table rows, cells of a row
    idChars: 100
  };
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/; // as dev.attune.model.Ids
  var TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;
  var STATES = ["open", "correct", "incorrect", "revealed"];
  var RECOVERED = ".recovered-";

  var course = document.body.getAttribute("data-course") || "course";
  var prefix = "attune:" + course + ":";

  /* ---- the browser's storage ---- */

  var storage = null;
  var problem = ""; // why writing fails: "", "full" or "off"
  try {
    storage = window.localStorage;
    storage.getItem(prefix + "probe");
  } catch (e) {
    storage = null;
  }
  if (!storage) {
    problem = "off";
  } else {
    try {
      storage.setItem(prefix + "probe", "1");
      storage.removeItem(prefix + "probe");
    } catch (e) {
      problem = isFull(e) ? "full" : "off"; // still readable: saved answers are shown
    }
  }

  function isFull(error) {
    return !!error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
      error.code === 22 || error.code === 1014);
  }

  function put(key, text) {
    if (!storage) {
      return false;
    }
    try {
      storage.setItem(key, text);
      problem = "";
      return true;
    } catch (e) {
      problem = isFull(e) ? "full" : "off";
      return false;
    }
  }

  function get(key) {
    try {
      return storage ? storage.getItem(key) : null;
    } catch (e) {
      return null;
    }
  }

  function keysStartingWith(start) {
    var keys = [];
    try {
      for (var i = 0; storage && i < storage.length; i++) {
        var key = storage.key(i);
        if (key && key.indexOf(start) === 0) {
          keys.push(key);
        }
      }
    } catch (e) {
      // a storage that will not list its keys has nothing to offer here
    }
    return keys.sort();
  }

  /* ---- the schema ---- */

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function field(object, key) {
    return own(object, key) ? object[key] : undefined;
  }

  function isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function dict() {
    return Object.create(null);
  }

  function isId(key) {
    return typeof key === "string" && key.length <= LIMIT.idChars && ID.test(key);
  }

  function isTime(value) {
    return typeof value === "string" && TIME.test(value) && !isNaN(Date.parse(value));
  }

  function onlyKeys(record, allowed) {
    return Object.keys(record).every(function (key) { return allowed.indexOf(key) >= 0; });
  }

  // Each check returns a clean copy of a valid value, or undefined.

  function text(value) {
    return typeof value === "string" ? value : undefined;
  }

  function textList(value) {
    if (!Array.isArray(value) || value.length > LIMIT.items) {
      return undefined;
    }
    return value.every(function (x) { return typeof x === "string"; }) ? value.slice() : undefined;
  }

  /** {id: check(value)}: a partner prompt's sides, a table row's cells, a table's rows. */
  function mapOf(check) {
    return function (value) {
      if (!isRecord(value) || Object.keys(value).length > LIMIT.items) {
        return undefined;
      }
      var out = dict();
      var keys = Object.keys(value);
      for (var i = 0; i < keys.length; i++) {
        var clean = isId(keys[i]) ? check(value[keys[i]]) : undefined;
        if (clean === undefined) {
          return undefined;
        }
        out[keys[i]] = clean;
      }
      return out;
    };
  }

  var textMap = mapOf(text);
  var PROMPT_VALUE = {
    long: text,
    short: text,
    scale: text,
    choice: text,
    checklist: textList,
    partner: textMap,
    table: mapOf(textMap)
  };

  /** An answer to a prompt this page does not show (the author removed it): any shape a prompt saves. */
  function anyAnswer(value) {
    var checks = [text, textList, textMap, PROMPT_VALUE.table];
    for (var i = 0; i < checks.length; i++) {
      var clean = checks[i](value);
      if (clean !== undefined) {
        return clean;
      }
    }
    return undefined;
  }

  function promptAnswer(value, kind) {
    var check = kind && own(PROMPT_VALUE, kind) ? PROMPT_VALUE[kind] : anyAnswer;
    return check(value);
  }

  /**
   * One question's saved answer. `question` is what the page knows of it ({type, key, options}),
   * or undefined for a question not on the page. An answer saved before the author changed the
   * question (another key) only needs a plausible shape: the quiz will not show it.
   */
  function quizAnswer(value, question) {
    if (!isRecord(value) || !onlyKeys(value, ["key", "state", "answer"])) {
      return undefined;
    }
    var key = field(value, "key");
    var state = field(value, "state");
    var answer = field(value, "answer");
    if (typeof key !== "string" || key.length > LIMIT.idChars || STATES.indexOf(state) < 0) {
      return undefined;
    }
    var clean;
    if (question && key === question.key) {
      clean = question.type === "short" ? text(answer) : textList(answer);
      if (Array.isArray(clean) && !clean.every(function (id) { return question.options.indexOf(id) >= 0; })) {
        clean = undefined;
      }
    } else {
      clean = typeof answer === "string" ? answer : textList(answer);
    }
    return clean === undefined ? undefined : { key: key, state: state, answer: clean };
  }

  /** {id: check(value, known[id])} into `out`; returns how many entries failed. */
  function checkIds(record, known, check, out) {
    var ids = Object.keys(record);
    if (ids.length > LIMIT.ids) {
      return ids.length;
    }
    var failed = 0;
    ids.forEach(function (id) {
      var clean = isId(id) ? check(record[id], known && own(known, id) ? known[id] : undefined) : undefined;
      if (clean === undefined) {
        failed++;
      } else {
        out[id] = clean;
      }
    });
    return failed;
  }

  function fresh(kind) {
    return kind === "quiz" ? { v: VERSION.quiz, questions: dict() } : { v: VERSION.worksheet, updated: "", answers: dict() };
  }

  /** Checks a parsed entry: {data: what passed, problems: how much did not}. */
  function check(kind, parsed, known) {
    var data = fresh(kind);
    var problems = 0;
    if (kind === "quiz") {
      var questions = field(parsed, "questions");
      problems += onlyKeys(parsed, ["v", "questions"]) ? 0 : 1;
      problems += isRecord(questions) ? checkIds(questions, known, quizAnswer, data.questions) : 1;
    } else {
      var updated = field(parsed, "updated");
      var answers = field(parsed, "answers");
      problems += onlyKeys(parsed, ["v", "updated", "answers"]) ? 0 : 1;
      if (isTime(updated)) {
        data.updated = updated;
      } else if (updated !== "") {
        problems++;
      }
      problems += isRecord(answers) ? checkIds(answers, known, promptAnswer, data.answers) : 1;
    }
    return { data: data, problems: problems };
  }

  function parse(text, maxChars) {
    if (typeof text !== "string" || text.length > maxChars) {
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      return undefined;
    }
  }

  /* ---- one saved entry ---- */

  /**
   * A quiz's or worksheet's saved answers. `status` says what was found:
   * "empty" (nothing), "saved" (valid), "newer" (saved by a newer copy of the course),
   * "recovered" (failed the check; the original was set aside and the usable part kept),
   * "damaged" (failed the check and could not be set aside, or was only peeked at),
   * "unreadable" (the browser refused to read it). `data` is what can be shown.
   */
  function Entry(kind, id) {
    this.kind = kind;
    this.key = prefix + kind + ":" + id;
    this.status = "empty";
    this.data = fresh(kind);
    this.raw = null;
  }

  /** Whether saving must leave the stored entry alone. */
  Entry.prototype.readOnly = function () {
    return this.status === "newer" || this.status === "damaged" || this.status === "unreadable";
  };

  /** Writes `data` (stamped with this copy's version); false when refused or the browser would not. */
  Entry.prototype.save = function (data) {
    if (this.readOnly()) {
      return false;
    }
    data.v = VERSION[this.kind];
    return put(this.key, JSON.stringify(data));
  };

  /** Removes the entry; what this copy may not write over is set aside first. False when it could not. */
  Entry.prototype.clear = function () {
    if (!storage) {
      return false;
    }
    if (this.readOnly()) {
      if (this.raw === null || !setAside(this.key, this.raw)) {
        return false;
      }
    }
    try {
      storage.removeItem(this.key);
    } catch (e) {
      return false;
    }
    this.status = "empty";
    this.raw = null;
    this.data = fresh(this.kind);
    return true;
  };

  /** The keys holding this entry's set-aside copies, oldest first. */
  Entry.prototype.setAside = function () {
    return keysStartingWith(this.key + RECOVERED);
  };

  /**
   * Adds to `container` (once) a button that downloads this entry's set-aside copies as one JSON
   * file named `name`, so the learner can keep them or ask for help; none while there are none.
   */
  Entry.prototype.offerSetAside = function (container, name) {
    var entry = this;
    if (container.querySelector("[data-action=download-set-aside]") || !entry.setAside().length) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--quiet";
    button.setAttribute("data-action", "download-set-aside");
    button.textContent = "Download set-aside answers";
    button.addEventListener("click", function () {
      var copies = entry.setAside().map(function (key) { return { key: key, text: get(key) }; });
      download(name, "application/json", JSON.stringify({
        format: "attune-set-aside-answers",
        course: course,
        entry: entry.key,
        copies: copies
      }, null, 2) + "\n");
    });
    container.appendChild(button);
  };

  /** Copies `raw` to a recovery key (or finds it already there); the key, or "" when it could not. */
  function setAside(key, raw) {
    var done = keysStartingWith(key + RECOVERED).filter(function (k) { return get(k) === raw; });
    if (done.length) {
      return done[0];
    }
    var target = key + RECOVERED + new Date().toISOString();
    return put(target, raw) ? target : "";
  }

  /**
   * Reads an entry. `known` maps the ids on the page to what they are (a prompt's kind, or a
   * question's {type, key, options}); null where the page does not show the quiz or worksheet.
   * With `mend`, an entry that fails the check is set aside and its usable part written back.
   */
  function load(kind, id, known, mend) {
    var entry = new Entry(kind, id);
    if (!storage) {
      return entry;
    }
    var raw;
    try {
      raw = storage.getItem(entry.key);
    } catch (e) {
      entry.status = "unreadable";
      return entry;
    }
    if (raw === null) {
      return entry;
    }
    entry.raw = raw;
    var parsed = parse(raw, LIMIT.entryChars);
    var version = isRecord(parsed) ? field(parsed, "v") : undefined;
    if (typeof version === "number" && version > VERSION[kind]) {
      entry.status = "newer";
      entry.data = check(kind, parsed, known).data;
      return entry;
    }
    var checked = version === VERSION[kind] ? check(kind, parsed, known) : { data: fresh(kind), problems: 1 };
    entry.data = checked.data;
    if (checked.problems === 0) {
      entry.status = "saved";
    } else if (mend && setAside(entry.key, raw)) {
      entry.status = "recovered";
      entry.raw = JSON.stringify(checked.data);
      put(entry.key, entry.raw); // if this fails, the next visit finds the copy already made
    } else {
      entry.status = "damaged";
    }
    return entry;
  }

  /**
   * Clears every entry of a kind for this course, except those saved by a newer copy of it;
   * damaged ones are set aside rather than deleted. Returns how many were kept.
   */
  function clearAll(kind) {
    var start = prefix + kind + ":";
    var kept = 0;
    keysStartingWith(start).forEach(function (key) {
      var id = key.slice(start.length);
      if (!isId(id)) {
        return; // a set-aside copy, or not ours
      }
      var entry = load(kind, id, null, false);
      if (entry.status === "newer" || !entry.clear()) {
        kept++;
      }
    });
    return kept;
  }

  /**
   * Checks the text of an imported worksheet file against the prompts on the page. Returns
   * {answers, skipped, worksheet, title}, or {error: "json" | "format" | "newer" | "damaged"}.
   * Nothing in a file that fails is used.
   */
  function readFile(text, known) {
    var parsed = parse(text, LIMIT.fileBytes);
    if (parsed === undefined) {
      return { error: "json" };
    }
    if (!isRecord(parsed) || field(parsed, "format") !== FILE_FORMAT) {
      return { error: "format" };
    }
    var version = field(parsed, "version");
    if (typeof version === "number" && version > VERSION.file) {
      return { error: "newer" };
    }
    var answers = field(parsed, "answers");
    if (version !== VERSION.file || !isRecord(answers)) {
      return { error: "format" };
    }
    var ids = Object.keys(answers);
    if (ids.length > LIMIT.ids) {
      return { error: "damaged" };
    }
    var out = dict();
    var skipped = 0;
    var damaged = 0;
    ids.forEach(function (id) {
      if (!isId(id) || !own(known, id)) {
        skipped++;
        return;
      }
      var clean = promptAnswer(answers[id], known[id]);
      if (clean === undefined) {
        damaged++;
      } else {
        out[id] = clean;
      }
    });
    if (damaged) {
      return { error: "damaged" };
    }
    var worksheet = field(parsed, "worksheet");
    var title = field(parsed, "title");
    return {
      answers: out,
      skipped: skipped,
      worksheet: isId(worksheet) ? worksheet : "",
      title: typeof title === "string" ? title.slice(0, 200) : ""
    };
  }

  /* ---- words and files ---- */

  /**
   * What the learner should know about an entry, or "". `what` names it ("this quiz");
   * `clearLabel` is the page's button that clears it.
   */
  function explain(entry, what, clearLabel) {
    switch (entry.status) {
      case "newer":
        return "Your answers to " + what + " were saved by a newer copy of this course, so this copy shows what it can " +
          "of them and saves nothing over them. To carry on, open the newer copy of the course. To start again here " +
          "instead, use “" + clearLabel + "”: the newer answers are set aside in this browser, not deleted.";
      case "recovered":
        return "Some saved answers to " + what + " could not be used (the course may have changed, or they were " +
          "damaged), so they were set aside in this browser, not deleted. Use “Download set-aside answers” to keep a copy.";
      case "damaged":
        return "Some saved answers to " + what + " could not be used, and " +
          (problem === "full" ? "this browser's storage is full, so they could not be set aside" : "they could not be set aside") +
          ". This page leaves them as they are and saves nothing over them. Free some space (clear answers you no " +
          "longer need), then reload the page.";
      case "unreadable":
        return "This browser would not read your saved answers to " + what + ", so this page leaves them as they are " +
          "and saves nothing over them. Reload the page to try again.";
      default:
        return "";
    }
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

  window.AttuneLearnerData = {
    VERSION: VERSION,
    FILE_FORMAT: FILE_FORMAT,
    LIMIT: LIMIT,
    /** Whether saved answers can be read at all. */
    readable: function () { return storage !== null; },
    /** Why the last write failed, or "": "full" or "off". */
    problem: function () { return problem; },
    /** Reads an entry the page shows, setting aside what fails the check. */
    open: function (kind, id, known) { return load(kind, id, known, true); },
    /** Reads an entry without changing anything (for overviews). */
    peek: function (kind, id) { return load(kind, id, null, false); },
    clearAll: clearAll,
    readFile: readFile,
    explain: explain,
    isTime: isTime,
    own: own,
    dict: dict,
    download: download
  };
})();
