/**
 * The data API of data-backed apps, on each app's own origin ({@code /_api/schema},
 * {@code /_api/data/...}, {@code /_api/live}): the app is named by the host the request
 * came to ({@link dev.faibric.hosting.AppOrigin}), never by the request, and who may do
 * what follows the app's schema and who is signed in to it. Also the owner's view of an
 * app's data on the platform ({@code /api/projects/{id}/data...}).
 */
@NullMarked
package dev.faibric.dataapi;

import org.jspecify.annotations.NullMarked;
