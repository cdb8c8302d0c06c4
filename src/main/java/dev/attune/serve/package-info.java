/** {@code attune serve}: a local preview that rebuilds on every change and reloads the browser. */
package dev.attune.serve;
