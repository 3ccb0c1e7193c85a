package dev.faibric.realtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * A handshake whose Origin header is not an origin at all ({@code http://[::1},
 * {@code ::::}, non-ASCII, spaces) is refused with 403 before Spring's origin check,
 * which would fail on it with a 500. No Origin header (a client that is not a browser) is
 * left to that check.
 */
class OriginSyntax implements HandshakeInterceptor {

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        List<String> origins = request.getHeaders().getOrEmpty("Origin");
        if (origins.isEmpty() || (origins.size() == 1 && wellFormed(origins.get(0)))) {
            return true;
        }
        response.setStatusCode(HttpStatus.FORBIDDEN);
        return false;
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

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

}
