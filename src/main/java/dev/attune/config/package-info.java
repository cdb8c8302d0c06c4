/** {@code course.yml} as a typed, validated record, and positioned YAML reading for the loaders. */
package dev.attune.config;
