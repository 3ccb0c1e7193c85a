package dev.faibric.library;

/**
 * A library component as offered to a model: where it would live in an app, and its code.
 */
public record ComponentCode(String slug, String name, String description, String path, String code, double similarity) {
}
