/* Attune: quiz progress on the home page and in lesson outlines.
 *
 * Shows how many questions the learner got right, from the answers quiz.js saved in this
 * browser (read through learner-data.js), and offers "Reset my progress", which clears them
 * except answers from a newer copy of the course and set-aside copies. Nothing is sent anywhere.
 * quiz.js calls window.AttuneProgress.refresh() after each answer.
 */
(function () {
  "use strict";

  var data = window.AttuneLearnerData;
  if (!data) {
    return; // the layout does not load learner-data.js: there is no saved progress to show
  }
  var own = data.own;
  var note = "";

  /** Counts, for {quizId: {questionId: key}}, the questions answered and answered correctly. */
  function summary(quizKeys) {
    var result = { total: 0, answered: 0, correct: 0 };
    Object.keys(quizKeys).forEach(function (quizId) {
      var entry = data.peek("quiz", quizId);
      // Answers saved by a newer copy of the course may mean something else; they count as none.
      var saved = entry.status === "newer" ? data.dict() : entry.data.questions;
      var questions = quizKeys[quizId];
      Object.keys(questions).forEach(function (questionId) {
        result.total++;
        var answer = own(saved, questionId) ? saved[questionId] : null;
        if (answer && answer.key === questions[questionId] && answer.state !== "open") {
          result.answered++;
          if (answer.state === "correct") {
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
      if (!data.readable()) {
        panel.hidden = false;
        text.textContent = "This browser is not keeping saved answers (storage is turned off for this site), so quiz progress is not shown.";
        panel.querySelector("[data-action=reset-progress]").hidden = true;
      } else {
        var full = data.problem() === "full" ? " This browser's storage is full, so new answers are not being saved." : "";
        panel.hidden = course.answered === 0 && !full && !note;
        text.textContent = "Your progress: " + plural(course.correct, "question", "questions") + " of " + course.total +
          " answered correctly; " + plural(course.lessonsDone, "lesson quiz", "lesson quizzes") + " of " + course.lessons +
          " complete." + full + note;
      }
    }
  }

  document.querySelectorAll("[data-action=reset-progress]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (window.confirm("Reset your saved quiz answers for this course? Worksheet answers are kept. This cannot be undone.")) {
        var kept = data.clearAll("quiz");
        note = kept ? " Answers to " + plural(kept, "quiz", "quizzes") + " were kept: they were saved by a newer " +
          "copy of this course, or this browser would not set them aside." : "";
        showProgress();
      }
    });
  });

  window.AttuneProgress = { summary: summary, refresh: showProgress };

  showProgress();
})();
