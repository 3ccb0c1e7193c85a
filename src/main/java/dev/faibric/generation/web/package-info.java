/**
 * The engine's HTTP API: the seed's generate and modify endpoints and the system
 * information the UI shows, with their request validation.
 */
@NullMarked
package dev.faibric.generation.web;

import org.jspecify.annotations.NullMarked;
