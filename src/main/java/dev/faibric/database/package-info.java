/**
 * The shared database's faults: work whose connection was lost is run again; scheduled
 * runs that could not reach it say so in one line.
 */
@NullMarked
package dev.faibric.database;

import org.jspecify.annotations.NullMarked;
