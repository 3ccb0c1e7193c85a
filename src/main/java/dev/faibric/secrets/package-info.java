/**
 * The owner's secrets for an app's server code (an API key, a database password): set and
 * listed by name through the API, sealed with AES-256-GCM in the database, and opened
 * only for the deployers, which hand them to the app's server as environment variables. A
 * value never goes back to a client, into a page, a log or an error message.
 */
@NullMarked
package dev.faibric.secrets;

import org.jspecify.annotations.NullMarked;
