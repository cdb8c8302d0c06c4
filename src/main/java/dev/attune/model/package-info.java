/** Immutable records of a course (lessons, pages, quizzes, worksheets) that check their own invariants. */
package dev.attune.model;
