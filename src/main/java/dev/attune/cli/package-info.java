/** The command line: picocli commands, the only code that prints to the terminal or picks exit codes. */
package dev.attune.cli;
