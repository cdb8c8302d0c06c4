/** Writes a course's quizzes in other formats: Moodle GIFT and a documented JSON form. */
package dev.attune.export;
