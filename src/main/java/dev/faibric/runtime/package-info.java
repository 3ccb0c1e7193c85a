/**
 * Apps' run-time errors: what the owner's browser saw when it ran a version (ran clean or
 * threw), and fixing an error by a change request, under a policy that makes fix loops
 * impossible.
 */
@NullMarked
package dev.faibric.runtime;

import org.jspecify.annotations.NullMarked;
