package dev.faibric.project;

import dev.faibric.platform.DatabaseRetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The values a project's owner sets for the app to read from {@code process.env} and
 * {@code import.meta.env}, as bundlers expose them: {@code VITE_}, {@code REACT_APP_} and
 * {@code PUBLIC_} names only. Every visitor of the app can read them, so what looks like
 * a secret is refused rather than published.
 */
@Repository
public class PublicVariables {

    static final int MAX_VARIABLES = 50;

    static final int MAX_VALUE_LENGTH = 2000;

    private static final Pattern NAME = Pattern.compile("(?:VITE_|REACT_APP_|PUBLIC_)[A-Z0-9_]{1,52}");

    private static final Pattern SECRET_NAME = Pattern.compile("SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL");

    /**
     * The shapes of well-known secret keys: OpenAI and Anthropic, Stripe's secret and
     * restricted keys, GitHub tokens, Slack tokens, AWS access keys, PEM private keys.
     */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "^(?:sk-|sk_live_|sk_test_|rk_live_|ghp_|gho_|github_pat_|xox[abpr]-|AKIA[0-9A-Z]{16})|-----BEGIN [A-Z ]*PRIVATE KEY-----");

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    PublicVariables(JdbcClient jdbc, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
    }

    /** A project's variables, by name. */
    public Map<String, String> of(long projectId) {
        return retry.statement("read variables", () -> {
            Map<String, String> variables = new TreeMap<>();
            jdbc.sql("SELECT name, setting FROM project_variables WHERE project_id = ?").param(projectId).query(rs -> {
                variables.put(rs.getString("name"), rs.getString("setting"));
            });
            return variables;
        });
    }

    /**
     * Replaces a project's variables with these, all or nothing; they must be valid. Run
     * again after a lost commit, it writes the same rows.
     */
    void replace(long projectId, Map<String, String> variables) {
        retry.transaction("save variables", () -> {
            jdbc.sql("DELETE FROM project_variables WHERE project_id = ?").param(projectId).update();
            variables.forEach((name, value) -> jdbc
                .sql("INSERT INTO project_variables (project_id, name, setting) VALUES (?, ?, ?)")
                .params(projectId, name, value)
                .update());
            return variables.size();
        }, written -> false);
    }

    /**
     * What is wrong with these variables, in words for the owner; empty when nothing is.
     */
    static List<String> problems(Map<String, String> variables) {
        List<String> problems = new ArrayList<>();
        if (variables.size() > MAX_VARIABLES) {
            problems.add("an app may have at most " + MAX_VARIABLES + " variables, not " + variables.size());
        }
        variables.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                problems.add("'" + name + "' is not a public variable's name: use VITE_, REACT_APP_ or PUBLIC_ and then"
                        + " capital letters, digits and _ (at most 64 characters), like VITE_API_URL");
            }
            else if (SECRET_NAME.matcher(name).find() || SECRET_VALUE.matcher(value == null ? "" : value).find()) {
                problems.add(name + " looks like a secret: every visitor of the app can read these values, so a"
                        + " secret belongs on a server, never here");
            }
            if (value == null) {
                problems.add(name + " has no value");
            }
            else if (value.length() > MAX_VALUE_LENGTH) {
                problems.add(name + " is longer than " + MAX_VALUE_LENGTH + " characters");
            }
            else if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                problems.add(name + " holds a control character (a line break?)");
            }
        });
        return problems;
    }

}
