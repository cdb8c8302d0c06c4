/** The site's address layout and the writer that replaces the output folder in one step. */
package dev.attune.write;
