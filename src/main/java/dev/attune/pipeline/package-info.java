/** The orchestrator: runs load, parse, model, render and write, and returns the diagnostics. */
package dev.attune.pipeline;
