/** Positioned problems in a course ({@code path:line:col: error: message}) and their collector. */
package dev.attune.diagnostics;
