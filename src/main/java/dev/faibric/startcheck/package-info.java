/**
 * The start check: before a version goes live its modules are loaded and its first screen
 * is rendered on the server, in a sandboxed JavaScript engine with a DOM, so an app that
 * cannot start is repaired or refused instead of deployed. The one place that knows
 * GraalJS.
 */
@NullMarked
package dev.faibric.startcheck;

import org.jspecify.annotations.NullMarked;
