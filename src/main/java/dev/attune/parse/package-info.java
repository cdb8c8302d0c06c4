/** Markdown to model: the only user of Flexmark; course Markdown options and the ::: block parsers. */
package dev.attune.parse;
