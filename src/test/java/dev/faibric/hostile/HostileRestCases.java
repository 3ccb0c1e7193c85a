package dev.faibric.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of hostile REST requests and the exact answer each must get. {@code {p}} in a
 * path is a project that exists, with version 1.
 */
final class HostileRestCases {

    record Case(String name, String method, String path, String contentType, byte[] body, int status, String detail) {

        @Override
        public String toString() {
            return name;
        }

    }

    static final String JSON = "application/json";

    private final List<Case> cases = new ArrayList<>();

    private HostileRestCases() {
    }

    static List<Case> all() {
        HostileRestCases table = new HostileRestCases();
        table.texts("/api/v2/generate/", "prompt", "The prompt");
        table.texts("/api/v2/projects/{p}/modify/", "request", "The change request");
        for (String[] endpoint : new String[][] { { "POST", "/api/v2/generate/" },
                { "POST", "/api/v2/projects/{p}/modify/" }, { "POST", "/api/projects/{p}/versions/1/feedback" },
                { "PUT", "/api/projects/{p}/environment" } }) {
            table.malformed(endpoint[0], endpoint[1]);
            table.contentTypes(endpoint[0], endpoint[1]);
        }
        table.ratings();
        table.variables();
        table.ids();
        table.paging();
        table.searches();
        table.unknownPathsAndMethods();
        table.imports();
        return table.cases;
    }

    private void add(String name, String method, String path, String contentType, byte[] body, int status,
            String detail) {
        cases.add(new Case(method + " " + path + ": " + name, method, path, contentType, body, status, detail));
    }

    private void add(String name, String method, String path, String body, int status, String detail) {
        add(name, method, path, JSON, body.getBytes(StandardCharsets.UTF_8), status, detail);
    }

    /**
     * Prompts and change requests that are not visible text: JSON as sent, and the
     * answer.
     */
    private void texts(String path, String key, String what) {
        String mustBeString = "\"" + key + "\" must be a string";
        String[][] values = { { "5", mustBeString }, { "-1", mustBeString }, { "5.5", mustBeString },
                { "1e999999", mustBeString }, { "true", mustBeString }, { "false", mustBeString },
                { "{}", mustBeString }, { "{\"text\": \"a tip calculator\"}", mustBeString }, { "[]", mustBeString },
                { "[\"a tip calculator\"]", mustBeString }, { "null", what + " is empty" },
                { "\"\"", what + " is empty" }, { "\"   \"", what + " is empty" },
                { "\"\\t\\n\\r\"", what + " is empty" }, { "\"\\u3000\\u2028\"", what + " is empty" },
                { "\"\\u200b\"", what + " has no visible characters" },
                { "\"\\u200b\\u200c\\u200d\\u2060\"", what + " has no visible characters" },
                { "\"\\ufeff\"", what + " has no visible characters" },
                { "\"\\u00ad\\u202e\\u2066\"", what + " has no visible characters" },
                { "\"\\u3164\\u115f\"", what + " has no visible characters" },
                { "\"\\u2800\"", what + " has no visible characters" },
                { "\"\\u0301\\ufe0f\"", what + " has no visible characters" },
                { "\"\\u00a0\\u202f\"", what + " has no visible characters" },
                { "\"\\ue000\"", what + " has no visible characters" },
                { "\"\\udb40\\udc20\"", what + " has no visible characters" },
                { "\"\\u0000\"", what + " contains a control character (U+0000)" },
                { "\"a tip\\u0000 calculator\"", what + " contains a control character (U+0000)" },
                { "\"\\u0007ring\"", what + " contains a control character (U+0007)" },
                { "\"\\u001b[31mred\"", what + " contains a control character (U+001B)" },
                { "\"a\\u007f\"", what + " contains a control character (U+007F)" },
                { "\"a\\u0085b\"", what + " contains a control character (U+0085)" },
                { "\"\\ud800\"", "\"" + key + "\" contains an unpaired surrogate" },
                { "\"a tip calculator \\ud83d\"", "\"" + key + "\" contains an unpaired surrogate" },
                { "\"\\udc00 a\"", "\"" + key + "\" contains an unpaired surrogate" },
                { "\"\\udbff\\udbff\"", "\"" + key + "\" contains an unpaired surrogate" },
                { "\"" + "x".repeat(4001) + "\"", "the limit is 4000" } };
        for (String[] value : values) {
            String shown = value[0].length() > 40 ? value[0].substring(0, 20) + "…" : value[0];
            add(key + " " + shown, "POST", path, "{\"" + key + "\": " + value[0] + "}", 400, value[1]);
        }
        add(key + " as raw UTF-8 of a surrogate", "POST", path, JSON,
                bytes("{\"" + key + "\": \"", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\"}"), 400, "");
    }

    /** Bodies that are not JSON, or not one JSON object. */
    private void malformed(String method, String path) {
        String[][] bodies = { { "{", "not valid JSON" }, { "{\"x\": \"a\",}", "not valid JSON" },
                { "{'x': 'a'}", "not valid JSON" }, { "{x: \"a\"}", "not valid JSON" },
                { "{\"x\": \"\\q\"}", "not valid JSON" }, { "{\"x\": \"a", "not valid JSON" },
                { "{\"x\": NaN}", "not valid JSON" }, { "{\"x\": 1} /* more */", "not valid JSON" },
                { "{\"x\": 1}{\"x\": 2}", "goes on after the JSON value" },
                { "{\"x\": \"a\", \"x\": \"b\"}", "has the key \"x\" more than once" },
                { "\"a tip calculator\"", "must be a JSON object" }, { "42", "must be a JSON object" },
                { "[]", "must be a JSON object" },
                // Jackson answers deep nesting in more than one way; what matters is a
                // clean 400.
                { "[" + "[".repeat(3000), "" }, { "", "request body is missing" } };
        for (String[] body : bodies) {
            String shown = body[0].length() > 30 ? body[0].substring(0, 10) + "…" : body[0];
            add("body " + shown, method, path, body[0], 400, body[1]);
        }
        add("body of bytes that are not UTF-8", method, path, JSON,
                bytes("{\"x\": \"", new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xC3 }, "\"}"), 400,
                "not valid JSON");
    }

    private void contentTypes(String method, String path) {
        for (String type : new String[] { "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "multipart/form-data", "application/json-patch+json" }) {
            add("content type " + type, method, path, type, "{}".getBytes(StandardCharsets.UTF_8), 400,
                    "send it as application/json");
        }
        add("no content type", method, path, null, "{}".getBytes(StandardCharsets.UTF_8), 400, "no Content-Type");
    }

    private void ratings() {
        String path = "/api/projects/{p}/versions/1/feedback";
        String how = "1 to 5";
        String whole = "\"rating\" must be a whole number";
        String[][] bodies = { { "{\"rating\": 0}", how }, { "{\"rating\": 6}", how }, { "{\"rating\": -1}", how },
                { "{\"rating\": 99999999999}", "number out of range" }, { "{\"rating\": 3.5}", whole },
                { "{\"rating\": 5.0}", whole }, { "{\"rating\": 1e0}", whole }, { "{\"rating\": \"5\"}", whole },
                { "{\"rating\": true}", whole }, { "{\"rating\": [5]}", whole }, { "{\"rating\": {}}", whole },
                { "{\"rating\": null}", how }, { "{}", how }, { "{\"thumbs\": \"sideways\"}", "thumbs must be" },
                { "{\"thumbs\": 1}", "\"thumbs\" must be a string" },
                { "{\"thumbs\": true}", "\"thumbs\" must be a string" },
                { "{\"thumbs\": \"up\", \"rating\": 5}", "not both" },
                { "{\"thumbs\": \"\\ud800\"}", "unpaired surrogate" },
                { "{\"rating\": 5, \"rating\": 4}", "more than once" } };
        for (String[] body : bodies) {
            add("feedback " + body[0], "POST", path, body[0], 400, body[1]);
        }
    }

    private void variables() {
        String path = "/api/projects/{p}/environment";
        String object = "\"variables\" must be a JSON object";
        String text = "\"variables.VITE_X\" must be a string";
        String[][] bodies = { { "{}", "Send the variables as an object" },
                { "{\"variables\": null}", "Send the variables as an object" }, { "{\"variables\": []}", object },
                { "{\"variables\": \"x\"}", object }, { "{\"variables\": 5}", object },
                { "{\"variables\": {\"VITE_X\": 5}}", text }, { "{\"variables\": {\"VITE_X\": true}}", text },
                { "{\"variables\": {\"VITE_X\": {}}}", text },
                // Jackson's byte parser refuses half a character in a key before any
                // deserializer.
                { "{\"variables\": {\"VITE_\\ud800\": \"x\"}}", "not valid JSON" },
                { "{\"variables\": {\"VITE_X\": \"\\udc00\"}}", "unpaired surrogate" },
                { "{\"variables\": {\"SECRET_X\": \"x\"}}", "SECRET_X" },
                { "{\"variables\": {\"VITE_A\": \"1\", \"VITE_A\": \"2\"}}", "more than once" },
                { "{\"variables\": {}, \"variables\": {}}", "more than once" } };
        for (String[] body : bodies) {
            add("variables " + body[0], "PUT", path, body[0], 400, body[1]);
        }
    }

    /** Project ids and version numbers that are not plain decimal numbers in range. */
    private void ids() {
        String[] bad = { "0x1", "+1", "01", "1e3", "%201", "1%20", "9223372036854775808", "99999999999999999999", "1.0",
                "one", "0b1", "1_000", "%2B1", "%EF%BC%91", "%D9%A1" };
        String[][] endpoints = { { "GET", "/api/projects/{x}/", "" }, { "GET", "/api/projects/{x}/environment", "" },
                { "PUT", "/api/projects/{x}/environment", "{\"variables\": {}}" },
                { "POST", "/api/v2/projects/{x}/modify/", "{\"request\": \"make the header blue\"}" },
                { "POST", "/api/projects/{x}/versions/1/feedback", "{\"thumbs\": \"up\"}" } };
        for (String id : bad) {
            for (String[] endpoint : endpoints) {
                add("id " + id, endpoint[0], endpoint[1].replace("{x}", id), endpoint[2], 400,
                        "Project ids are decimal numbers");
            }
            add("version " + id, "POST", "/api/projects/{p}/versions/" + id + "/feedback", "{\"thumbs\": \"up\"}", 400,
                    "Version numbers are decimal numbers");
        }
        add("version 2147483648", "POST", "/api/projects/{p}/versions/2147483648/feedback", "{\"thumbs\": \"up\"}", 400,
                "Version numbers are decimal numbers");
    }

    private void paging() {
        String[] notNumbers = { "2147483648", "-2147483649", "99999999999999999999", "1e2", "0x10", "abc", "%201",
                "1.5", "%EF%BC%91" };
        String[][] params = { { "/api/repository/templates/?page=", "page" },
                { "/api/repository/components/?page=", "page" }, { "/api/repository/templates/?size=", "size" },
                { "/api/repository/components/?size=", "size" }, { "/api/repository/search/?q=form&limit=", "limit" } };
        for (String[] param : params) {
            for (String value : notNumbers) {
                add(param[1] + " " + value, "GET", param[0] + value, "", 400, param[1] + " must be a decimal number");
            }
            if (param[1].equals("page")) {
                add("page -1", "GET", param[0] + "-1", "", 400, "page starts at 0");
            }
            else {
                for (String value : new String[] { "-1", "0", "101", "2147483647" }) {
                    add(param[1] + " " + value, "GET", param[0] + value, "", 400, "limit and size must be 1 to 100");
                }
            }
        }
    }

    private void searches() {
        String path = "/api/repository/search/?q=";
        String[][] queries = { { "", "Say what to search for" }, { "%20%20", "Say what to search for" },
                { "%00", "contains a control character" }, { "%01%02", "contains a control character" },
                { "pricing%00table", "contains a control character" }, { "%1B%5B2J", "contains a control character" },
                { "%E2%80%8B", "has no visible characters" }, { "%E2%80%8B%E2%80%8C", "has no visible characters" },
                { "%C2%A0", "has no visible characters" }, { "%EF%BB%BF", "has no visible characters" },
                { "%E3%85%A4", "has no visible characters" }, { "%CC%81", "has no visible characters" },
                { "x".repeat(1001), "the limit is 1000" } };
        for (String[] query : queries) {
            String shown = query[0].length() > 30 ? "x * 1001" : query[0];
            add("q " + shown, "GET", path + query[0], "", 400, query[1]);
        }
        add("unknown kind", "GET", path + "form&kind=bogus", "", 400, "kind must be");
        add("q of a tab and a line break", "GET", path + "%09%0A", "", 400, "Say what to search for");
    }

    private void unknownPathsAndMethods() {
        String[][] requests = { { "GET", "/api/nope", "404", "There is nothing at GET /api/nope" },
                { "GET", "/api/projects/{p}/nope", "404", "There is nothing" },
                { "GET", "/api/v2/nope/", "404", "There is nothing" },
                { "POST", "/api/nope", "404", "There is nothing at POST /api/nope" },
                { "GET", "/error", "404", "There is nothing at GET /error" },
                { "POST", "/error", "404", "There is nothing at POST /error" },
                { "DELETE", "/error", "404", "There is nothing at DELETE /error" },
                { "DELETE", "/api/projects/", "405", "DELETE is not supported here; use GET" },
                { "PUT", "/api/v2/generate/", "405", "PUT is not supported here; use POST" },
                { "GET", "/api/v2/generate/", "405", "GET is not supported here; use POST" },
                { "PATCH", "/api/projects/{p}/", "405", "PATCH is not supported here" },
                { "DELETE", "/api/projects/{p}/environment", "405", "DELETE is not supported here" },
                { "GET", "/api/v2/projects/{p}/modify/", "405", "GET is not supported here; use POST" },
                { "GET", "/api/projects/{p}/versions/1/feedback", "405", "use POST" },
                { "POST", "/api/system/info", "405", "POST is not supported here; use GET" },
                { "GET", "/api/repository/import", "405", "use POST" },
                { "PROPFIND", "/api/projects/", "400", "The request is malformed" },
                { "TRACE", "/api/projects/", "405", "is not supported here" },
                { "GET", "/api/system/info/extra", "404", "There is nothing" } };
        for (String[] request : requests) {
            add("unknown", request[0], request[1], null, new byte[0], Integer.parseInt(request[2]), request[3]);
        }
    }

    private void imports() {
        String path = "/api/repository/import";
        add("empty zip", "POST", path, "application/zip", new byte[0], 400, "The request body is missing");
        add("not a zip", "POST", path, "application/zip", "hello".getBytes(StandardCharsets.UTF_8), 400, "not a zip");
        add("truncated zip", "POST", path, "application/zip", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3 },
                400, "zip");
        add("zip as text", "POST", path, "text/plain", "PK".getBytes(StandardCharsets.UTF_8), 400,
                "send it as application/zip");
        add("zip as JSON", "POST", path, JSON, "{}".getBytes(StandardCharsets.UTF_8), 400,
                "send it as application/zip");
        add("zip too large by its length", "POST", path, "application/zip", new byte[5 * 1024 * 1024 + 1], 413,
                "at most 5120 KB");
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] start = before.getBytes(StandardCharsets.UTF_8);
        byte[] end = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

}
