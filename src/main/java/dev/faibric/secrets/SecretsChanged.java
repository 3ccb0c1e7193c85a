package dev.faibric.secrets;

/**
 * A project's secrets changed: its running server code should start again with them
 * (published after the change is stored; never carries a value).
 */
public record SecretsChanged(long projectId) {
}
