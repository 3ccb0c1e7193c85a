package dev.faibric.secrets;

import java.time.Instant;

/** A secret as the owner sees it: its name and when it was last set, never its value. */
public record SecretName(String name, Instant updatedAt) {
}
