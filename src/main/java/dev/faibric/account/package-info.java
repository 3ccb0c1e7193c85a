/**
 * Accounts: the people who build apps with Faibric. With {@code FAIBRIC_AUTH=none} (the
 * embedded default) there is one local user who owns everything; with {@code accounts},
 * people sign up, sign in and own their projects.
 */
@NullMarked
package dev.faibric.account;

import org.jspecify.annotations.NullMarked;
