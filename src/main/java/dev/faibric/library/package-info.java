/**
 * The seed's Code Repository: templates, components, themes and database schemas, shipped
 * with the service and learned from generations, searchable by meaning and ranked by
 * usage and rating.
 */
@NullMarked
package dev.faibric.library;

import org.jspecify.annotations.NullMarked;
