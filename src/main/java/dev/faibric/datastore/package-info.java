/**
 * Where data-backed apps keep their rows: a database schema per app ({@code app_<project
 * id>}), a table per collection with typed columns, unique indexes and indexes, all made
 * and migrated in place by {@link dev.faibric.datastore.AppDataStore} from the app's
 * declarative schema ({@link dev.faibric.data.AppSchema}). Collections and fields a new
 * version no longer has are hidden, never dropped. Every statement is built here from
 * validated names; values are always bind parameters.
 */
@NullMarked
package dev.faibric.datastore;

import org.jspecify.annotations.NullMarked;
