package dev.attune.pipeline;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Course;

/** A course read into its model, with the problems found on the way. */
public record AssembledCourse(CourseConfig config, Course course, Diagnostics diagnostics) {}
