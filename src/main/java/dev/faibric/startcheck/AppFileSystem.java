package dev.faibric.startcheck;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.graalvm.polyglot.io.FileSystem;
import org.jspecify.annotations.Nullable;

/**
 * All a sandbox can read, and nothing it can write: the app's served files under
 * {@code /app/}, and the files every app sees (the vendored runtime under
 * {@code /_runtime/}, the start module). Bare specifiers such as {@code react} resolve as
 * the app page's import map resolves them. The host's disk is never reached.
 */
final class AppFileSystem implements FileSystem {

    static final Path APP = Path.of("/app");

    private final Map<String, String> specifiers;

    private final Function<String, @Nullable String> shared;

    private volatile Map<String, String> app = Map.of();

    /**
     * @param specifiers bare specifier to absolute path, e.g. {@code react} to
     * {@code /_runtime/react.js}
     * @param shared the content of a file every app sees, by absolute path, or null
     */
    AppFileSystem(Map<String, String> specifiers, Function<String, @Nullable String> shared) {
        this.specifiers = Map.copyOf(specifiers);
        this.shared = shared;
    }

    /** The app this sandbox starts: path under {@code /app/} to content. */
    void load(Map<String, String> files) {
        this.app = Map.copyOf(files);
    }

    @Override
    public Path parsePath(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            throw new UnsupportedOperationException("only files of the app can be imported: " + uri);
        }
        return Path.of(uri.getPath());
    }

    @Override
    public Path parsePath(String path) {
        String mapped = specifiers.get(path);
        return Path.of(mapped != null ? mapped : path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new ReadOnlyFileSystemException();
        }
        content(path);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attributes) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void delete(Path path) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attributes) throws IOException {
        if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
            throw new ReadOnlyFileSystemException();
        }
        return new ReadChannel(content(path).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        throw new NoSuchFileException(dir.toString(), null, "directories cannot be listed");
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : APP.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        Path real = toAbsolutePath(path).normalize();
        content(real);
        return real;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        String content = content(path);
        return Map.of("isRegularFile", true, "isDirectory", false, "isSymbolicLink", false, "isOther", false, "size",
                (long) content.length());
    }

    /**
     * A file's content, found as the app file server finds it:
     * {@code ./components/Header} is {@code components/Header.js}, a folder is its
     * {@code index.js}.
     */
    private String content(Path path) throws NoSuchFileException {
        String name = toAbsolutePath(path).normalize().toString();
        String stem = name.replaceFirst("\\.(tsx|ts|jsx)$", "");
        for (String candidate : new String[] { name, stem + ".js", stem + "/index.js" }) {
            String content = app.get(candidate);
            if (content != null) {
                return content;
            }
        }
        String content = shared.apply(name);
        if (content == null) {
            throw new NoSuchFileException(name);
        }
        return content;
    }

    /** A file's bytes, read from memory. */
    private static final class ReadChannel implements SeekableByteChannel {

        private final byte[] bytes;

        private int position;

        private boolean open = true;

        ReadChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer target) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(target.remaining(), bytes.length - position);
            target.put(bytes, position, count);
            position += count;
            return count;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }

    }

}
