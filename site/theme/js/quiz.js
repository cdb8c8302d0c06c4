/* Attune: interactive quizzes.
 *
 * The page works without this script: every question is listed with its answer in a
 * "Show answer" disclosure. This script adds Check, Show answer and Try again, marks options
 * right or wrong with their feedback, announces results in each question's live region,
 * lets ordering questions be rearranged by keyboard and pointer, and saves answers through
 * learner-data.js. The right answers come from the quiz's <script type="application/json">.
 * Each quiz starts on its own: one that fails stays study material with a notice, and the
 * others work.
 */
(function () {
  "use strict";

  var data = window.AttuneLearnerData;
  if (!data) {
    // A layout without learner-data.js: quizzes stay study material, as with scripts off.
    window.console.error("Attune: theme/js/learner-data.js must be loaded before quiz.js");
    return;
  }
  var own = data.own;
  var progress = window.AttuneProgress || { refresh: function () {} };
  var CLEAR_LABEL = "Clear my answers to this quiz";

  function normalize(text) {
    return text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!?;,]+$/, "").trim();
  }

  function sameSet(a, b) {
    if (a.length !== b.length) {
      return false;
    }
    return a.every(function (x) { return b.indexOf(x) >= 0; });
  }

  function sameList(a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function textOf(element) {
    return (element.textContent || "").replace(/\s+/g, " ").trim();
  }

  /* ---- one question ---- */

  function Question(quiz, item, spec) {
    this.quiz = quiz;
    this.item = item;
    this.id = item.getAttribute("data-question");
    this.spec = spec;
    this.type = spec.type;
    // Compiled once; the build has checked that the browser reads it as the author meant.
    this.pattern = spec.type === "short" && spec.pattern !== "" ? new RegExp("^(?:" + spec.pattern + ")$", "i") : null;
    this.state = "open";
    this.result = item.querySelector(".question__result");
    this.explanation = item.querySelector(".question__explanation");
    this.check = item.querySelector("[data-action=check]");
    this.reveal = item.querySelector("[data-action=reveal]");
    this.retry = item.querySelector("[data-action=retry]");
    this.inputs = Array.prototype.slice.call(item.querySelectorAll(".option__input"));
    this.text = item.querySelector(".short-answer__input");
    this.list = item.querySelector("[data-order-list]");
    var self = this;
    item.querySelector(".question__actions").hidden = false;
    this.check.addEventListener("click", function () { self.onCheck(); });
    this.reveal.addEventListener("click", function () { self.onReveal(); });
    this.retry.addEventListener("click", function () { self.onRetry(); });
    if (this.text) {
      this.text.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
          event.preventDefault();
          self.onCheck();
        }
      });
    }
    if (this.list) {
      this.ordering = new Ordering(this.list, item);
    }
  }

  Question.prototype.answer = function () {
    if (this.type === "short") {
      return this.text.value;
    }
    if (this.type === "order") {
      return this.ordering.ids();
    }
    return this.inputs.filter(function (input) { return input.checked; }).map(function (input) { return input.value; });
  };

  Question.prototype.setAnswer = function (answer) {
    if (this.type === "short") {
      this.text.value = typeof answer === "string" ? answer : "";
    } else if (this.type === "order") {
      if (Array.isArray(answer) && sameSet(answer, this.spec.order)) {
        this.ordering.arrange(answer);
      }
    } else if (Array.isArray(answer)) {
      this.inputs.forEach(function (input) { input.checked = answer.indexOf(input.value) >= 0; });
    }
  };

  Question.prototype.isEmpty = function (answer) {
    return this.type === "short" ? normalize(answer) === "" : answer.length === 0;
  };

  /** Works out whether an answer is right and what to say about each option. */
  Question.prototype.evaluate = function (answer) {
    var spec = this.spec;
    var marks = {};
    if (this.type === "short") {
      var normalized = normalize(answer);
      var option = own(spec.answers, normalized) ? spec.answers[normalized] : undefined;
      var right = (option !== undefined && spec.correct.indexOf(option) >= 0) ||
        (this.pattern !== null && this.pattern.test(normalized));
      if (option !== undefined) {
        marks[option] = right ? "right" : "wrong";
      }
      return { correct: right, marks: marks, message: right ? "Correct." : "Not quite." + (option === undefined ? " Check the spelling, or try another word." : "") };
    }
    if (this.type === "order") {
      var inPlace = 0;
      answer.forEach(function (id, i) {
        var ok = spec.order[i] === id;
        marks[id] = ok ? "placed" : "misplaced";
        if (ok) {
          inPlace++;
        }
      });
      var allRight = inPlace === answer.length;
      return { correct: allRight, marks: marks, message: allRight ? "Correct." : "Not quite: " + inPlace + " of " + answer.length + " in the right place." };
    }
    var chosenRight = 0;
    var chosenWrong = 0;
    answer.forEach(function (id) {
      var ok = spec.correct.indexOf(id) >= 0;
      marks[id] = ok ? "right" : "wrong";
      if (ok) {
        chosenRight++;
      } else {
        chosenWrong++;
      }
    });
    var correct = sameSet(answer, spec.correct);
    var message = "Correct.";
    if (!correct && this.type === "multiple") {
      var missing = spec.correct.length - chosenRight;
      message = "Not quite: you chose " + plural(chosenRight, "right answer", "right answers") +
        (chosenWrong ? " and " + plural(chosenWrong, "wrong one", "wrong ones") : "") +
        (missing ? "; " + plural(missing, "right answer is", "right answers are") + " still missing" : "") + ".";
    } else if (!correct) {
      message = "Not quite. Read the feedback on your answer, then try again or show the answer.";
    }
    return { correct: correct, marks: marks, message: message };
  };

  Question.prototype.onCheck = function () {
    var answer = this.answer();
    if (this.isEmpty(answer)) {
      this.say(this.type === "short" ? "Type an answer first." : "Choose an answer first.");
      return;
    }
    var verdict = this.evaluate(answer);
    this.show(verdict.correct ? "correct" : "incorrect", verdict.marks, verdict.message);
    this.quiz.save(this, answer);
  };

  Question.prototype.onReveal = function () {
    var spec = this.spec;
    var marks = {};
    if (this.type === "order") {
      this.ordering.arrange(spec.order);
      spec.order.forEach(function (id) { marks[id] = "placed"; });
    } else if (this.type === "short") {
      var first = spec.correct[0];
      var label = first ? this.item.querySelector(".answer__list li") : null;
      this.text.value = label ? textOf(label) : "";
    } else {
      this.setAnswer(spec.correct);
      this.inputs.forEach(function (input) {
        marks[input.value] = spec.correct.indexOf(input.value) >= 0 ? "right" : "left-out";
      });
    }
    this.show("revealed", marks, this.type === "short" ? "The accepted answers are shown below." : "Here is the answer.");
    if (this.type === "short") {
      this.item.querySelector(".question__answer").open = true;
    }
    this.quiz.save(this, this.answer());
  };

  Question.prototype.onRetry = function () {
    this.clearMarks();
    this.state = "open";
    this.setLocked(false);
    this.say("");
    this.quiz.save(this, this.answer());
    (this.inputs[0] || this.text || this.list.querySelector("button") || this.check).focus();
  };

  var VERDICTS = {
    right: "✓ Right.",
    wrong: "✗ Not right.",
    "left-out": "✓ Right to leave out.",
    placed: "✓ In the right place.",
    misplaced: "✗ Not in the right place."
  };

  /** Shows a checked or revealed state; called on Check, on Show answer and when restoring. */
  Question.prototype.show = function (state, marks, message) {
    var item = this.item;
    this.clearMarks();
    this.state = state;
    item.classList.add("question--" + state);
    Object.keys(marks).forEach(function (id) {
      var mark = marks[id];
      var option = item.querySelector("[data-option=\"" + id + "\"]");
      if (option) {
        option.classList.add("option--" + mark);
        var verdict = option.querySelector(".option__verdict");
        if (verdict) {
          verdict.textContent = VERDICTS[mark];
        } else if (item.getAttribute("data-type") === "order") {
          var tag = document.createElement("span");
          tag.className = "order-item__verdict";
          tag.textContent = VERDICTS[mark];
          option.appendChild(tag);
        }
      }
      var feedback = item.querySelector("[data-feedback-for=\"" + id + "\"]");
      if (feedback) {
        feedback.hidden = false;
      }
    });
    if (this.explanation && (state === "correct" || state === "revealed")) {
      this.explanation.hidden = false;
    }
    this.setLocked(true);
    this.say(message);
  };

  Question.prototype.clearMarks = function () {
    var item = this.item;
    ["correct", "incorrect", "revealed"].forEach(function (s) { item.classList.remove("question--" + s); });
    item.querySelectorAll("[data-option]").forEach(function (option) {
      option.className = option.className.replace(/\boption--\S+/g, "").trim();
      var verdict = option.querySelector(".option__verdict");
      if (verdict) {
        verdict.textContent = "";
      }
      var tag = option.querySelector(".order-item__verdict");
      if (tag) {
        tag.remove();
      }
    });
    item.querySelectorAll("[data-feedback-for]").forEach(function (feedback) { feedback.hidden = true; });
    if (this.explanation) {
      this.explanation.hidden = true;
    }
  };

  Question.prototype.setLocked = function (locked) {
    var hadFocus = document.activeElement === this.check || document.activeElement === this.reveal;
    this.inputs.forEach(function (input) { input.disabled = locked; });
    if (this.text) {
      this.text.readOnly = locked;
    }
    if (this.ordering) {
      this.ordering.setLocked(locked);
    }
    // After a wrong answer the learner may try again or see the answer; otherwise only try again.
    this.check.hidden = locked;
    this.reveal.hidden = locked && this.state !== "incorrect";
    this.retry.hidden = !locked;
    if (locked && hadFocus) {
      this.retry.focus(); // the button just used is now hidden; keep the keyboard user in place
    }
  };

  Question.prototype.say = function (message) {
    this.result.textContent = message;
  };

  /* ---- ordering by keyboard and pointer ---- */

  function Ordering(list, item) {
    this.list = list;
    this.locked = false;
    this.status = document.createElement("p");
    this.status.className = "visually-hidden";
    this.status.setAttribute("aria-live", "polite");
    list.parentNode.insertBefore(this.status, list.nextSibling);
    var self = this;
    Array.prototype.forEach.call(list.children, function (li) { self.decorate(li); });
    this.refresh();
    list.addEventListener("pointerdown", function (event) { self.startDrag(event); });
  }

  Ordering.prototype.decorate = function (li) {
    var self = this;
    var label = textOf(li.querySelector(".order-item__text"));
    var controls = document.createElement("span");
    controls.className = "order-item__controls";
    [["up", "Move up"], ["down", "Move down"]].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "order-item__move";
      button.setAttribute("data-move", pair[0]);
      button.textContent = pair[1];
      button.setAttribute("aria-label", pair[1] + ": " + label);
      button.addEventListener("click", function () { self.move(li, pair[0], button); });
      controls.appendChild(button);
    });
    li.appendChild(controls);
    li.classList.add("order-item--movable");
  };

  Ordering.prototype.move = function (li, direction, button) {
    if (this.locked) {
      return;
    }
    var target = direction === "up" ? li.previousElementSibling : li.nextElementSibling;
    if (!target) {
      return;
    }
    if (direction === "up") {
      this.list.insertBefore(li, target);
    } else {
      this.list.insertBefore(target, li);
    }
    this.refresh();
    var focus = button.disabled ? li.querySelector("[data-move=" + (direction === "up" ? "down" : "up") + "]") : button;
    focus.focus();
    this.announce(li);
  };

  Ordering.prototype.announce = function (li) {
    var items = Array.prototype.slice.call(this.list.children);
    this.status.textContent = textOf(li.querySelector(".order-item__text")) + ": position " +
      (items.indexOf(li) + 1) + " of " + items.length + ".";
  };

  Ordering.prototype.refresh = function () {
    var items = this.list.children;
    var locked = this.locked;
    Array.prototype.forEach.call(items, function (li, i) {
      li.querySelector("[data-move=up]").disabled = locked || i === 0;
      li.querySelector("[data-move=down]").disabled = locked || i === items.length - 1;
    });
  };

  Ordering.prototype.ids = function () {
    return Array.prototype.map.call(this.list.children, function (li) { return li.getAttribute("data-option"); });
  };

  Ordering.prototype.arrange = function (ids) {
    var list = this.list;
    ids.forEach(function (id) {
      var li = list.querySelector("[data-option=\"" + id + "\"]");
      if (li) {
        list.appendChild(li);
      }
    });
    this.refresh();
  };

  Ordering.prototype.setLocked = function (locked) {
    this.locked = locked;
    this.list.classList.toggle("order-list--locked", locked);
    this.refresh();
  };

  Ordering.prototype.startDrag = function (event) {
    var li = event.target.closest("li");
    if (this.locked || !li || event.target.closest("button") || event.button !== 0) {
      return;
    }
    var list = this.list;
    var self = this;
    event.preventDefault();
    li.classList.add("order-item--dragging");
    li.setPointerCapture(event.pointerId);
    function onMove(e) {
      var siblings = Array.prototype.slice.call(list.children).filter(function (x) { return x !== li; });
      var before = null;
      for (var i = 0; i < siblings.length; i++) {
        var box = siblings[i].getBoundingClientRect();
        if (e.clientY < box.top + box.height / 2) {
          before = siblings[i];
          break;
        }
      }
      if (before !== li.nextElementSibling || (before === null && li !== list.lastElementChild)) {
        list.insertBefore(li, before);
        self.refresh();
      }
    }
    function onUp() {
      li.classList.remove("order-item--dragging");
      li.removeEventListener("pointermove", onMove);
      li.removeEventListener("pointerup", onUp);
      li.removeEventListener("pointercancel", onUp);
      self.announce(li);
    }
    li.addEventListener("pointermove", onMove);
    li.addEventListener("pointerup", onUp);
    li.addEventListener("pointercancel", onUp);
  };

  /* ---- one quiz ---- */

  /** What the page knows of each question, for checking saved answers: {id: {type, key, options}}. */
  function knownQuestions(section, spec) {
    var known = data.dict();
    section.querySelectorAll("li.question").forEach(function (item) {
      var id = item.getAttribute("data-question");
      if (own(spec.questions, id)) {
        known[id] = {
          type: spec.questions[id].type,
          key: spec.questions[id].key,
          options: Array.prototype.map.call(item.querySelectorAll("[data-option]"), function (o) { return o.getAttribute("data-option"); })
        };
      }
    });
    return known;
  }

  function Quiz(section, spec) {
    this.section = section;
    this.data = spec;
    this.questions = [];
    this.score = section.querySelector("[data-quiz-score]");
    this.entry = data.open("quiz", spec.id, knownQuestions(section, spec));
    this.saved = this.entry.data;
    this.note = data.explain(this.entry, "this quiz", CLEAR_LABEL);
    var self = this;
    section.classList.add("quiz--ready");
    section.querySelectorAll("li.question").forEach(function (item) {
      var id = item.getAttribute("data-question");
      if (own(spec.questions, id)) {
        var question = new Question(self, item, spec.questions[id]);
        self.questions.push(question);
        self.restore(question);
      }
    });
    var footer = section.querySelector(".quiz__footer");
    footer.hidden = false;
    footer.querySelector("[data-action=reset-quiz]").addEventListener("click", function () { self.reset(); });
    this.offerSetAside();
    this.updateScore();
  }

  Quiz.prototype.restore = function (question) {
    var questions = this.saved.questions;
    var entry = own(questions, question.id) ? questions[question.id] : null;
    if (!entry || entry.key !== question.spec.key) {
      return; // never answered, or the author has changed what counts as right since
    }
    question.setAnswer(entry.answer);
    if (entry.state === "correct" || entry.state === "incorrect") {
      var verdict = question.evaluate(question.answer());
      question.show(verdict.correct ? "correct" : "incorrect", verdict.marks, "");
    } else if (entry.state === "revealed") {
      question.onReveal();
      question.say("");
    }
  };

  Quiz.prototype.save = function (question, answer) {
    this.saved.questions[question.id] = { key: question.spec.key, state: question.state, answer: answer };
    if (!this.entry.readOnly()) {
      this.saveFailed = !this.entry.save(this.saved);
    }
    this.updateScore();
    progress.refresh();
  };

  /** A button for answers set aside from this quiz, while there are any. */
  Quiz.prototype.offerSetAside = function () {
    this.entry.offerSetAside(this.section.querySelector(".quiz__footer"), this.data.id + "-quiz-set-aside.json");
  };

  Quiz.prototype.reset = function () {
    var readOnly = this.entry.readOnly();
    var cleared = this.entry.clear(); // what this copy may not write over is set aside, not deleted
    if (readOnly && cleared) {
      this.note = "Your saved answers to this quiz were set aside in this browser, not deleted, and this quiz starts again here.";
    } else if (!readOnly) {
      this.note = cleared || !data.readable() ? "" : "Your saved answers to this quiz could not be cleared: this browser would not change them.";
    }
    this.saved = this.entry.data;
    this.saveFailed = false;
    this.questions.forEach(function (question) {
      question.clearMarks();
      question.state = "open";
      question.setLocked(false);
      question.say("");
      if (question.text) {
        question.text.value = "";
      }
      question.inputs.forEach(function (input) { input.checked = false; });
    });
    this.offerSetAside();
    this.updateScore();
    progress.refresh();
    this.score.focus();
  };

  /** What the learner should know about saving, after the score; warn when it is not the usual. */
  Quiz.prototype.storageNote = function () {
    if (this.entry.readOnly()) {
      return { text: this.note, warn: true };
    }
    var problem = data.problem();
    var note = this.note ? this.note + " " : "";
    if (problem === "full") {
      return { text: note + "This browser's storage is full, so it is not saving your answers to this quiz: they will be gone when you leave the page.", warn: true };
    }
    if (problem || this.saveFailed) {
      return { text: note + "This browser is not saving your answers, so they will be gone when you leave the page.", warn: true };
    }
    return { text: note + "Your answers are saved in this browser only.", warn: note !== "" };
  };

  Quiz.prototype.updateScore = function () {
    var correct = this.questions.filter(function (q) { return q.state === "correct"; }).length;
    var answered = this.questions.filter(function (q) { return q.state !== "open"; }).length;
    var text = "You have answered " + correct + " of " + this.questions.length + " questions correctly.";
    if (answered > 0 && answered === this.questions.length) {
      text += correct === answered ? " Well done: every question is right." : " Try again any question you missed.";
    }
    var note = this.storageNote();
    this.section.classList.toggle("quiz--notice", note.warn);
    this.score.textContent = text + " " + note.text;
    this.score.hidden = false;
    this.score.setAttribute("tabindex", "-1");
  };

  /** Leaves a quiz that failed to start as study material, and says so. */
  function broken(section, error) {
    window.console.error("Attune: quiz “" + section.getAttribute("data-quiz") + "” could not start", error);
    section.classList.remove("quiz--ready");
    section.classList.add("quiz--notice");
    section.querySelectorAll(".question__actions, .quiz__footer").forEach(function (element) { element.hidden = true; });
    var notice = section.querySelector("[data-quiz-score]");
    if (!notice) {
      notice = document.createElement("p");
      notice.className = "quiz__score";
      var title = section.querySelector(".quiz__title");
      section.insertBefore(notice, title ? title.nextSibling : section.firstChild);
    }
    notice.textContent = "This quiz could not start in this browser, so it is shown for study: open “Show answer” " +
      "under each question. Your saved answers to it are left as they are.";
    notice.hidden = false;
  }

  document.querySelectorAll("section.quiz[data-quiz]").forEach(function (section) {
    try {
      new Quiz(section, JSON.parse(section.querySelector(".quiz__data").textContent));
    } catch (e) {
      broken(section, e);
    }
  });
})();
