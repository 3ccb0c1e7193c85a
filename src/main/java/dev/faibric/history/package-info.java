/**
 * A project's history: every version at an address of its own, what each one is, the
 * names its owner bookmarks versions with, and restoring one.
 */
@NullMarked
package dev.faibric.history;

import org.jspecify.annotations.NullMarked;
