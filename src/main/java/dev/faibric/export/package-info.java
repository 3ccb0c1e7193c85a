/**
 * A version of an app as a standalone Vite + React + TypeScript project, downloaded as a
 * zip: its files laid out under {@code src/}, pinned dependencies with their lockfile,
 * the entry that mounts it as Faibric's page does, and, as the app needs them, Faibric's
 * data client with the app's schema and its server code with a Dockerfile.
 */
@NullMarked
package dev.faibric.export;

import org.jspecify.annotations.NullMarked;
