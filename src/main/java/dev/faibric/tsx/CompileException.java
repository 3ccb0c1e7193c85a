package dev.faibric.tsx;

/**
 * The compiler rejected a file; the message is the compiler's, prefixed with the file's
 * path.
 */
public class CompileException extends Exception {

    private final String path;

    public CompileException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }

}
