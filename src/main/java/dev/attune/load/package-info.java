/** Walks a content folder in a fixed order into source files, front matter and assets. */
package dev.attune.load;
