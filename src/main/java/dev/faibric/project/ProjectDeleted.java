package dev.faibric.project;

/**
 * A project was deleted: its row and every row that references it are gone. Published
 * after the delete committed, synchronously; each module removes what it keeps outside
 * the platform's tables (an app's files, its data's schema, its server) and logs rather
 * than throws when it cannot, as the project is gone either way.
 */
public record ProjectDeleted(long projectId, String slug) {
}
