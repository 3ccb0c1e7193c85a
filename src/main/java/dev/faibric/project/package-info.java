/**
 * Projects and their immutable versions: what was asked, what was built, where it runs.
 */
@NullMarked
package dev.faibric.project;

import org.jspecify.annotations.NullMarked;
