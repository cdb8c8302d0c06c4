/* Attune: quiz progress saved in this browser.
 *
 * Answers live in localStorage under "attune:<course>:quiz:<quiz id>", one entry per quiz, as
 * {"v": 1, "questions": {"<question id>": {"key", "state", "answer"}}}. "key" fingerprints what
 * makes an answer right, so a question the author has since changed is counted as unanswered
 * instead of showing a stale result. Nothing is sent anywhere.
 *
 * This script also shows progress on the home page and in lesson outlines, and offers
 * "Reset my quiz progress". quiz.js uses it through window.AttuneProgress.
 */
(function () {
  "use strict";

  var VERSION = 1;
  var course = document.body.getAttribute("data-course") || "course";
  var coursePrefix = "attune:" + course + ":";
  var quizPrefix = coursePrefix + "quiz:";

  var storage = (function () {
    try {
      var s = window.localStorage;
      var probe = coursePrefix + "probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null; // private mode, storage turned off, or full
    }
  })();

  function empty() {
    return { v: VERSION, questions: {} };
  }

  function read(quizId) {
    if (!storage) {
      return empty();
    }
    try {
      var data = JSON.parse(storage.getItem(quizPrefix + quizId));
      if (data && data.v === VERSION && data.questions && typeof data.questions === "object") {
        return data;
      }
    } catch (e) {
      // Unreadable entries are treated as no progress; they are replaced on the next save.
    }
    return empty();
  }

  /** Saves a quiz's answers; false when the browser refused (the caller tells the learner). */
  function write(quizId, data) {
    if (!storage) {
      return false;
    }
    try {
      storage.setItem(quizPrefix + quizId, JSON.stringify(data));
      return true;
    } catch (e) {
      return false;
    }
  }

  function clear(quizId) {
    if (storage) {
      storage.removeItem(quizPrefix + quizId);
    }
  }

  /** Removes this course's quiz progress only; worksheets and other courses are untouched. */
  function clearAllQuizzes() {
    if (!storage) {
      return;
    }
    var doomed = [];
    for (var i = 0; i < storage.length; i++) {
      var key = storage.key(i);
      if (key && key.indexOf(quizPrefix) === 0) {
        doomed.push(key);
      }
    }
    doomed.forEach(function (key) { storage.removeItem(key); });
  }

  /** Counts, for {quizId: {questionId: key}}, the questions answered and answered correctly. */
  function summary(quizKeys) {
    var result = { total: 0, answered: 0, correct: 0 };
    Object.keys(quizKeys).forEach(function (quizId) {
      var saved = read(quizId).questions;
      var questions = quizKeys[quizId];
      Object.keys(questions).forEach(function (questionId) {
        result.total++;
        var entry = saved[questionId];
        if (entry && entry.key === questions[questionId] && entry.state && entry.state !== "open") {
          result.answered++;
          if (entry.state === "correct") {
            result.correct++;
          }
        }
      });
    });
    return result;
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function showProgress() {
    var course = { total: 0, answered: 0, correct: 0, lessons: 0, lessonsDone: 0 };
    document.querySelectorAll("[data-lesson-quizzes]").forEach(function (item) {
      var keys;
      try {
        keys = JSON.parse(item.getAttribute("data-lesson-quizzes"));
      } catch (e) {
        return;
      }
      var s = summary(keys);
      var label = item.querySelector("[data-lesson-progress]");
      if (s.total === 0) {
        return;
      }
      course.total += s.total;
      course.answered += s.answered;
      course.correct += s.correct;
      course.lessons++;
      if (s.correct === s.total) {
        course.lessonsDone++;
      }
      if (label) {
        label.hidden = s.answered === 0;
        label.textContent = s.answered === 0 ? "" : "Quiz: " + s.correct + " of " + s.total + " right";
      }
    });
    var panel = document.querySelector("[data-course-progress]");
    if (panel) {
      var text = panel.querySelector("[data-course-progress-summary]");
      if (!storage) {
        panel.hidden = false;
        text.textContent = "This browser is not keeping saved answers (storage is turned off or in private mode), so quiz progress is not shown.";
        panel.querySelector("[data-action=reset-progress]").hidden = true;
      } else {
        panel.hidden = course.answered === 0;
        text.textContent = "Your progress: " + plural(course.correct, "question", "questions") + " of " + course.total +
          " answered correctly; " + plural(course.lessonsDone, "lesson quiz", "lesson quizzes") + " of " + course.lessons + " complete.";
      }
    }
  }

  document.querySelectorAll("[data-action=reset-progress]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (window.confirm("Reset your saved quiz answers for this course? Worksheet answers are kept. This cannot be undone.")) {
        clearAllQuizzes();
        showProgress();
      }
    });
  });

  window.AttuneProgress = {
    available: storage !== null,
    read: read,
    write: write,
    clear: clear,
    summary: summary,
    refresh: showProgress
  };

  showProgress();
})();
