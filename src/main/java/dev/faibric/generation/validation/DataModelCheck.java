package dev.faibric.generation.validation;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Collection;
import dev.faibric.data.Outcome;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the data model of an answer beside its code: whether the app keeps data (it says
 * {@code requires_backend="true"}, has a {@code <database>}, or imports
 * {@code faibric/data}), whether its {@code <database>} is a valid declarative schema
 * ({@link AppSchema}), and whether every collection the code names is in it. Its problems
 * are validation problems like the code's, written for a model to repair from, each
 * naming the collection and field.
 */
public final class DataModelCheck {

    /** The module generated apps read and write their data through. */
    public static final String CLIENT = "faibric/data";

    private static final Pattern IMPORTS_CLIENT = Pattern.compile("\\bfrom\\s*['\"]" + Pattern.quote(CLIENT)
            + "['\"]|\\bimport\\s*\\(?\\s*['\"]" + Pattern.quote(CLIENT) + "['\"]");

    /**
     * {@code collection('posts')}, {@code useCollection<Post>("posts", ...)},
     * {@code useRow('posts', id)}: the collection a call names.
     */
    private static final Pattern NAMES_COLLECTION = Pattern
        .compile("\\b(?:collection|useCollection|useRow)\\s*(?:<[^<>()]*(?:<[^<>()]*>[^<>()]*)*>)?\\s*\\(\\s*"
                + "(['\"`])([^'\"`]*)\\1");

    /** SQL, or the old {@code {"type": "postgresql", "schema": "CREATE TABLE ..."}}. */
    private static final Pattern OLD_FORMAT = Pattern.compile(
            "(?is)^\\s*(?:create|alter|insert|drop)\\s.*|.*\\bcreate\\s+table\\b.*|^\\s*\\{\\s*\"(?:type|schema|tables)\"\\s*:.*");

    static final String FORMAT = "{\"collections\": {\"posts\": {\"fields\": {\"title\": {\"type\": \"text\", "
            + "\"required\": true}}, \"access\": {\"create\": \"signed-in\"}}}}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataModelCheck() {
    }

    /**
     * What the check found.
     *
     * @param dataBacked whether the app keeps data on the server
     * @param schema its data model, when there is one and it is valid
     * @param problems what is wrong, empty when nothing is
     */
    public record Result(boolean dataBacked, @Nullable AppSchema schema, List<String> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

    }

    /**
     * Checks an answer's data model.
     * @param database the {@code <database>} block's text, null when there is none
     * @param declared whether the answer says {@code requires_backend="true"}
     * @param files the app's files
     */
    public static Result check(@Nullable String database, boolean declared, List<SourceFile> files) {
        boolean hasDatabase = database != null && !database.isBlank();
        List<SourceFile> clients = files.stream().filter(f -> IMPORTS_CLIENT.matcher(f.content()).find()).toList();
        if (!declared && !hasDatabase && clients.isEmpty()) {
            return new Result(false, null, List.of());
        }
        List<String> problems = new ArrayList<>();
        if (!hasDatabase) {
            problems.add("the app keeps data on the server ("
                    + (declared ? "requires_backend=\"true\"" : clients.getFirst().path() + " imports '" + CLIENT + "'")
                    + ") but the answer has no <database> block: add one that declares every collection the "
                    + "app uses, e.g. " + FORMAT);
            return new Result(true, null, problems);
        }
        if (OLD_FORMAT.matcher(database).matches()) {
            problems.add("<database>: holds SQL or a {\"type\": ...} object, which Faibric never runs; write the "
                    + "declarative data model instead, {\"collections\": {...}} with typed fields and access "
                    + "rules, e.g. " + FORMAT);
            return new Result(true, null, problems);
        }
        Outcome<AppSchema> parsed = AppSchema.parse(database);
        parsed.texts().forEach(text -> problems.add("<database>: " + text));
        AppSchema schema = parsed.value();
        problems.addAll(unknownCollections(
                schema != null ? schema.collections().stream().map(Collection::name).toList() : declaredNames(database),
                clients));
        return new Result(true, problems.isEmpty() ? schema : null, problems);
    }

    /**
     * The collections a schema with problems declares, so that the code is checked
     * against them too; none when it is not even JSON.
     */
    private static List<String> declaredNames(String database) {
        try {
            JsonNode collections = JSON.readTree(database).path("collections");
            return collections.isObject() ? List.copyOf(collections.propertyNames()) : List.of();
        }
        catch (JacksonException e) {
            return List.of();
        }
    }

    /** Every collection a file names that the schema does not have, once per file. */
    private static List<String> unknownCollections(List<String> names, List<SourceFile> clients) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (SourceFile file : clients) {
            Set<String> unknown = new LinkedHashSet<>();
            Matcher call = NAMES_COLLECTION.matcher(file.content());
            while (call.find()) {
                // A name built at run time cannot be checked here.
                if (!names.contains(call.group(2)) && !call.group(2).contains("${")) {
                    unknown.add(call.group(2));
                }
            }
            for (String name : unknown) {
                problems.add(file.path() + ": collection '" + name + "' is not in the <database> schema (it has "
                        + String.join(", ", names) + "); use one of those or add '" + name + "' to <database>");
            }
        }
        return problems;
    }

}
