package dev.faibric.data;

/** The schemas the data tests share. */
final class Schemas {

    static final String EXAMPLE = """
            {"collections": {
              "posts": {
                "fields": {
                  "title":   {"type": "text", "required": true, "max": 200},
                  "body":    {"type": "longtext"},
                  "votes":   {"type": "number", "default": 0, "min": 0},
                  "solved":  {"type": "boolean", "default": false},
                  "tag":     {"type": "enum", "values": ["question", "idea"], "default": "question"},
                  "link":    {"type": "url"},
                  "due":     {"type": "datetime"},
                  "topic":   {"type": "reference", "collection": "topics"}
                },
                "unique": [["title"]],
                "indexes": [["tag", "votes"]],
                "access": {"list": "public", "read": "public", "create": "signed-in", "update": "owner", "delete": "owner"}
              },
              "topics": {"fields": {"name": {"type": "text", "required": true}}, "access": {"create": "admin"}}
            }}
            """;

    private Schemas() {
    }

    static AppSchema example() {
        return AppSchema.parse(EXAMPLE).orThrow();
    }

    /**
     * Jobs and the applications to them (a reference to jobs, a name), with this access
     * for applications (JSON with ' for ").
     */
    static String applications(String access) {
        return ("{'collections': {'jobs': {'fields': {'title': {'type': 'text'}}}, 'applications': {'fields':"
                + " {'job': {'type': 'reference', 'collection': 'jobs'}, 'name': {'type': 'text'}}, 'access': " + access
                + "}}}")
            .replace('\'', '"');
    }

    /** A schema of one collection, posts, with these fields (JSON with ' for "). */
    static String posts(String fields) {
        return ("{'collections': {'posts': {'fields': {" + fields + "}}}}").replace('\'', '"');
    }

}
