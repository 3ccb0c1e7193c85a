/**
 * Sign-in for the users of generated apps, on each app's own origin
 * ({@code /_api/auth/...}): their accounts, passwords and sessions belong to one app and
 * are never Faibric's accounts.
 */
@NullMarked
package dev.faibric.appauth;

import org.jspecify.annotations.NullMarked;
