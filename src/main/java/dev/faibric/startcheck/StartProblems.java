package dev.faibric.startcheck;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed start says to the chat and to the repair: the error, written out, and the
 * source file it came from. Errors that only say the check's browser lacks an API a real
 * one has are not the app's fault and pass.
 */
final class StartProblems {

    private static final Pattern APP_FILE = Pattern.compile("(?:file://)?/app/([^\\s:()'\"]+)");

    private static final Pattern NOT_DEFINED = Pattern.compile("ReferenceError: (\\S+) is not defined");

    /** Browser APIs the check's browser does not model (see start-check/browser.js). */
    static final Set<String> UNMODELLED = Set.of("OffscreenCanvas", "ImageData", "Path2D", "DOMMatrix", "DOMPoint",
            "createImageBitmap", "RTCPeerConnection", "MediaRecorder", "MediaStream", "MediaSource",
            "SpeechRecognition", "webkitSpeechRecognition", "visualViewport", "ReadableStream", "WritableStream",
            "TransformStream", "Response", "Request", "FontFace", "CSS", "CSSStyleSheet", "XMLSerializer",
            "SharedWorker", "cookieStore", "trustedTypes", "WebGLRenderingContext", "WebGL2RenderingContext",
            "PaymentRequest", "DeviceOrientationEvent", "DeviceMotionEvent", "AnalyserNode", "OscillatorNode",
            "GainNode", "AudioBuffer", "WebAssembly", "CompressionStream", "DecompressionStream", "Range", "Selection",
            "customElements", "ShadowRoot");

    private StartProblems() {
    }

    /**
     * Why the app did not start, if it did not and that is the app's fault;
     * {@code sources} maps each served file to the file the app wrote.
     */
    static Optional<String> of(Sandbox.Started started, Map<String, String> sources, Duration timeout) {
        if (started.cancelled()) {
            return Optional.of("the app did not finish starting within " + timeout.toSeconds()
                    + " s (a loop that never ends while it loads or renders?)");
        }
        if (started.endless()) {
            return Optional.of("the app keeps updating without pause after its first render"
                    + " (an effect that sets state on every render, or a timer set to 0 that sets another?)");
        }
        if (started.failures().isEmpty()) {
            return Optional.empty();
        }
        Sandbox.Failure failure = started.failures().getFirst();
        Matcher missing = NOT_DEFINED.matcher(failure.message());
        if (missing.find() && UNMODELLED.contains(missing.group(1))) {
            return Optional.empty();
        }
        String where = file(failure.message() + "\n" + failure.stack(), sources).map(f -> " (in " + f + ")").orElse("");
        String what = readable(ReactErrors.explain(failure.message()), sources);
        return Optional.of(switch (failure.stage()) {
            case "load" -> "the app failed to start while its modules loaded: " + what + where;
            case "boundary" -> "an error boundary caught an error while the first screen rendered, so the app shows"
                    + " its error screen: " + what + where;
            default -> "the app failed to start while rendering its first screen: " + what + where;
        });
    }

    private static Optional<String> file(String text, Map<String, String> sources) {
        Matcher matcher = APP_FILE.matcher(text);
        while (matcher.find()) {
            Optional<String> source = source(matcher.group(1), sources);
            if (source.isPresent()) {
                return source;
            }
        }
        return Optional.empty();
    }

    /** The message with the sandbox's paths of the app's files as the app names them. */
    private static String readable(String message, Map<String, String> sources) {
        return APP_FILE.matcher(message)
            .replaceAll(match -> Matcher.quoteReplacement(source(match.group(1), sources).orElse(match.group(1))));
    }

    /**
     * The source file served at a path as the sandbox (and the app file server) finds it:
     * as named, with {@code .js}, or as a folder's {@code index.js}.
     */
    private static Optional<String> source(String served, Map<String, String> sources) {
        String stem = served.replaceFirst("\\.(tsx|ts|jsx)$", "");
        for (String candidate : new String[] { served, stem + ".js", stem + "/index.js" }) {
            String source = sources.get(candidate);
            if (source != null) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

}
