package dev.faibric.servercode;

import java.util.Set;

/**
 * What server code may import besides its own files: Node's built-in modules (with or
 * without {@code node:}), minus those that start processes, run other code, reach into
 * the runtime or open raw sockets, and the Faibric data client.
 */
final class NodeModules {

    static final String DATA_CLIENT = "faibric/data";

    private static final Set<String> BUILT_INS = Set.of("assert", "assert/strict", "async_hooks", "buffer", "crypto",
            "diagnostics_channel", "events", "fs", "fs/promises", "http", "https", "os", "path", "path/posix",
            "perf_hooks", "process", "querystring", "readline", "stream", "stream/promises", "stream/web",
            "string_decoder", "timers", "timers/promises", "url", "util", "util/types", "zlib");

    /**
     * Refused: starting processes or running other code, and raw sockets (an app's server
     * speaks HTTP; raw TCP would reach whatever else listens on the host's loopback).
     */
    private static final Set<String> REFUSED = Set.of("child_process", "cluster", "worker_threads", "vm", "inspector",
            "repl", "v8", "module", "wasi", "trace_events", "net", "tls", "dgram", "dns", "dns/promises", "http2");

    private NodeModules() {
    }

    static boolean allowed(String specifier) {
        return specifier.equals(DATA_CLIENT) || BUILT_INS.contains(bare(specifier));
    }

    static boolean refused(String specifier) {
        return REFUSED.contains(bare(specifier));
    }

    static String allowedList() {
        return "Node's built-in modules (node:http, node:crypto, node:url, ...) and " + DATA_CLIENT;
    }

    private static String bare(String specifier) {
        return specifier.startsWith("node:") ? specifier.substring(5) : specifier;
    }

}
