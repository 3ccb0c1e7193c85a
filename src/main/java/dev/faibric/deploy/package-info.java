/**
 * Turns a version's source files into a running app: transpile, write, switch atomically.
 */
@NullMarked
package dev.faibric.deploy;

import org.jspecify.annotations.NullMarked;
