/**
 * An app's server code ({@code server/}): TypeScript for Node 20+ that may use Node's
 * built-in modules and the Faibric data client only. Checked like the pages (every module
 * compiles, every import resolves), transpiled to ES modules, and bundled with the small
 * runtime that serves it: the files of the version's image, whatever tier runs it.
 */
@NullMarked
package dev.faibric.servercode;

import org.jspecify.annotations.NullMarked;
