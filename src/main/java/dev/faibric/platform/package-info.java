/**
 * What keeps the service running, whatever it runs: the start-up report, the production
 * guard, scheduling and what a failed scheduled run logs, and the retry of database work
 * whose connection was lost.
 */
@NullMarked
package dev.faibric.platform;

import org.jspecify.annotations.NullMarked;
