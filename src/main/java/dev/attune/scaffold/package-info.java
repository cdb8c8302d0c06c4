/** {@code attune new}: makes a course, or a lesson, worksheet or page in one, from the templates in its resources. */
package dev.attune.scaffold;
