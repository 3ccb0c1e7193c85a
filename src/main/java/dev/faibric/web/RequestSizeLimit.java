package dev.faibric.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API requests have a size limit (413 with a problem body): refused before reading when
 * the Content-Length says so, and otherwise counted as the body is read, chunked or not,
 * so that no more than the limit is ever read. Tomcat then swallows at most
 * {@code server.tomcat.max-swallow-size} of the rest and closes the connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 256 * 1024;

    /** Project zips for the library import may be larger. */
    static final long MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = request.getRequestURI().startsWith("/api/repository/import") ? MAX_IMPORT_BYTES : MAX_BYTES;
        if (request.getContentLengthLong() > max) {
            response.setHeader("Connection", "close");
            Problems.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
                    "API requests may be at most " + max / 1024 + " KB; this one is "
                            + request.getContentLengthLong() / 1024 + " KB.");
            return;
        }
        chain.doFilter(new Counted(request, max), response);
    }

    /** The body was longer than the limit; thrown by the read that went past it. */
    static final class TooLarge extends IOException {

        TooLarge(long max) {
            super("API requests may be at most " + max / 1024 + " KB; this one is larger.");
        }

    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long max;

        private @Nullable ServletInputStream counted;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), max);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;

        private final long max;

        private long read;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit.
            int n = in.read(buffer, offset, (int) Math.min(length, Math.max(1, max + 1 - read)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

    }

}
