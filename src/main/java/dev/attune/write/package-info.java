/**
 * The site's address layout, and the output folder: what may be replaced (guard, marker), one
 * build at a time (lock), replaced in one step and recovered after a stopped build (writer).
 */
package dev.attune.write;
