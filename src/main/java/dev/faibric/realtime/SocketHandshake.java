package dev.faibric.realtime;

import dev.faibric.account.Account;
import dev.faibric.account.CurrentAccount;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a project socket's handshake settles: a malformed Origin header
 * ({@code http://[::1}, {@code ::::}, non-ASCII, spaces) is refused with 403 before
 * Spring's origin check, which would fail on it with a 500; and the account that opened
 * the socket is remembered in its attributes (the handshake is a signed-in request, the
 * socket's messages are not).
 */
class SocketHandshake implements HandshakeInterceptor {

    static final String ACCOUNT_ID = "faibric.accountId";

    private static final Pattern SEQ = Pattern.compile("0|[1-9][0-9]{0,18}");

    private final CurrentAccount current;

    SocketHandshake(CurrentAccount current) {
        this.current = current;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        List<String> origins = request.getHeaders().getOrEmpty("Origin");
        if (!origins.isEmpty() && (origins.size() != 1 || !wellFormed(origins.get(0)))) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(ACCOUNT_ID, current.id());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    static boolean wellFormed(String origin) {
        if (origin.equals("null")) {
            return true;
        }
        for (int i = 0; i < origin.length(); i++) {
            char c = origin.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        try {
            URI uri = new URI(origin);
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawPath() != null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    /** The account that opened the socket. */
    static long accountId(WebSocketSession session) {
        return session.getAttributes().get(ACCOUNT_ID) instanceof Long id ? id : Account.LOCAL_ID;
    }

    /** The client's address, for per-address limits. */
    static String address(WebSocketSession session) {
        InetSocketAddress remote = session.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /**
     * The {@code after} of the socket's URL; 0 without one, -1 for one that is not a seq.
     */
    static long after(URI uri) {
        String after = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("after");
        if (after == null) {
            return 0;
        }
        if (!SEQ.matcher(after).matches()) {
            return -1;
        }
        try {
            return Long.parseLong(after);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

}
