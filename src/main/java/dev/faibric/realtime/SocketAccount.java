package dev.faibric.realtime;

import dev.faibric.account.Account;
import dev.faibric.account.CurrentAccount;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Remembers which account opened a socket (the handshake is a signed-in request; the
 * socket's messages are not), under {@link #ATTRIBUTE} in the session's attributes.
 */
public class SocketAccount implements HandshakeInterceptor {

    public static final String ATTRIBUTE = "faibric.accountId";

    private final CurrentAccount current;

    SocketAccount(CurrentAccount current) {
        this.current = current;
    }

    /** The account that opened the socket. */
    public static long of(WebSocketSession session) {
        return session.getAttributes().get(ATTRIBUTE) instanceof Long id ? id : Account.LOCAL_ID;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        attributes.put(ATTRIBUTE, current.id());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

}
