package dev.faibric.history;

import dev.faibric.project.GenerationCost;
import dev.faibric.project.ProjectVersions.Deployed;
import dev.faibric.project.ProjectVersions.VersionSummary;
import dev.faibric.project.SourceFile;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version as the history shows it: what its summary says, when it was made, what it
 * cost, its rating and bookmark, where it went live, whether it ran clean in its owner's
 * browser (or the error it threw), whether it is the live one, its own address
 * ({@code url}, which never changes) and, when asked for one version, its files.
 */
record VersionView(int number, @Nullable String summary, Instant createdAt, GenerationCost cost,
        @Nullable Integer rating, Deployed deployed, @Nullable String bookmark, @Nullable Integer restoredFrom,
        @Nullable Boolean ranClean, @Nullable String runtimeError, boolean live, String url,
        @Nullable List<SourceFile> files) {

    static VersionView of(VersionSummary summary, boolean live, String url, @Nullable List<SourceFile> files) {
        return new VersionView(summary.number(), summary.summary(), summary.createdAt(), summary.cost(),
                summary.rating(), summary.deployed(), summary.bookmark(), summary.restoredFrom(), summary.ranClean(),
                summary.runtimeError(), live, url, files);
    }

}
