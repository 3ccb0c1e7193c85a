/**
 * Sign-in for the users of generated apps, on each app's own origin
 * ({@code /_api/auth/...}): their accounts, passwords and sessions belong to one app and
 * are never Faibric's accounts. For the rest of the app's server side: {@link AppSignIns}
 * (who is signed in, and the names other users see), {@link AppWrites} (a change must
 * come from the app's own pages, as JSON) and {@link AppUserDirectory} (the owner's view
 * of the app's users). The project's owner is the app's admin, signed in through a
 * one-time link from the platform ({@code POST /api/projects/{id}/data/admin-link}).
 */
@NullMarked
package dev.faibric.appauth;

import org.jspecify.annotations.NullMarked;
