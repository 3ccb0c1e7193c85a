package dev.faibric.library;

import dev.faibric.project.AppType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the library template that fits a request best (what the offline composer builds
 * from).
 */
public interface TemplateFinder {

    Optional<TemplateMatch> closestTemplate(String request, @Nullable AppType appType);

}
