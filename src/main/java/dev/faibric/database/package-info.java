/** The shared database's faults: work whose connection was lost is run again. */
@NullMarked
package dev.faibric.database;

import org.jspecify.annotations.NullMarked;
