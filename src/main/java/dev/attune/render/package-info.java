/** Model to HTML: the only user of FreeMarker; views relative to each page, and the layered theme. */
package dev.attune.render;
