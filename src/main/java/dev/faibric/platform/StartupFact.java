package dev.faibric.platform;

/**
 * One line of the start-up report, supplied by the module that knows it: which event bus,
 * which AI provider, where apps are served. Never a secret.
 */
@FunctionalInterface
public interface StartupFact {

    String describe();

}
