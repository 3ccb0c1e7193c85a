/** What users think of a version, and what the code library learns from it. */
@NullMarked
package dev.faibric.feedback;

import org.jspecify.annotations.NullMarked;
