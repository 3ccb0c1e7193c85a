package dev.faibric.dataapi;

import dev.faibric.hosting.AppOrigin;

/**
 * The app a data API request is for, as the host it came to says.
 *
 * @param projectId the app's project
 * @param origin where the app's pages are, for checking where a change came from
 */
record DataApp(long projectId, AppOrigin origin) {

}
