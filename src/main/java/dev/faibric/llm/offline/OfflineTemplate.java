package dev.faibric.llm.offline;

import java.util.List;
import java.util.Map;

/** A built-in app (resources/offline/templates/{id}/) that the composer adapts to a prompt. */
record OfflineTemplate(String id, String type, String name, String description, List<String> keywords,
                       List<String> features, Map<String, String> files, String defaultTitle, String defaultTagline) {
}
