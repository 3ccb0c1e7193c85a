package dev.faibric.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a project row and a version row read back: shared by the repositories of this
 * package.
 */
final class ProjectRows {

    static final String PROJECT_COLUMNS = "id, slug, title, prompt, app_type, requires_backend, generation_version, "
            + "reused_components, status, current_version, deployed_url, created_at, updated_at, owner_id";

    static final String COST_COLUMNS = "ai_calls, input_tokens, output_tokens, first_token_ms, duration_ms, "
            + "ai_ms, ai_provider, ai_model";

    private static final TypeReference<List<SourceFile>> FILES = new TypeReference<>() {
    };

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /**
     * Reads what this package wrote: the application's mapper checks input from outside
     * (every string for half characters, duplicate keys), which stored rows need not pay
     * for again on every read.
     */
    private static final JsonMapper STORED = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    Project project(ResultSet rs, int row) throws SQLException {
        int version = rs.getInt("current_version");
        Integer currentVersion = rs.wasNull() ? null : version;
        return new Project(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("prompt"),
                AppType.parse(rs.getString("app_type")).orElse(AppType.DEFAULT), rs.getBoolean("requires_backend"),
                rs.getString("generation_version"), STORED.readValue(rs.getString("reused_components"), STRINGS),
                ProjectStatus.valueOf(rs.getString("status")), currentVersion, rs.getString("deployed_url"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("owner_id"));
    }

    ProjectVersion version(ResultSet rs, int row) throws SQLException {
        return new ProjectVersion(rs.getLong("project_id"), rs.getInt("number"),
                STORED.readValue(rs.getString("files"), FILES), STORED.readValue(rs.getString("result"), OBJECT),
                rs.getString("summary"), cost(rs), rs.getTimestamp("created_at").toInstant());
    }

    static GenerationCost cost(ResultSet rs) throws SQLException {
        return new GenerationCost(rs.getInt("ai_calls"), rs.getInt("input_tokens"), rs.getInt("output_tokens"),
                rs.getLong("first_token_ms"), rs.getLong("duration_ms"), rs.getLong("ai_ms"),
                rs.getString("ai_provider"), rs.getString("ai_model"));
    }

}
