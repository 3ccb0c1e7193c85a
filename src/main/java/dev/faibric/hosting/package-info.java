/**
 * Serves deployed apps from their own origin ({slug}.apps.localhost) or by path
 * (/apps/{slug}/), with the React runtime vendored into the jar and wired by an import
 * map.
 */
@NullMarked
package dev.faibric.hosting;

import org.jspecify.annotations.NullMarked;
