/**
 * The declarative data model of generated apps: a data-backed answer carries a
 * {@code <database>} block whose JSON schema ({@link dev.faibric.data.AppSchema}) names
 * collections, their typed fields, unique sets, indexes and who may do what. Faibric
 * validates the schema, checks every row written against it and compares versions
 * ({@link dev.faibric.data.SchemaChange}); storage is derived from the schema by Faibric
 * itself, and SQL written by a model is never executed. Pure Java: no database, no HTTP.
 */
@NullMarked
package dev.faibric.data;

import org.jspecify.annotations.NullMarked;
