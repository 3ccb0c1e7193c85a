package dev.faibric.realtime;

import dev.faibric.account.CurrentAccount;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServerHttpRequest;
import java.util.Map;
import dev.faibric.account.Account;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Registers the project socket. Browsers may connect only from the platform's own origin
 * (plus any configured, e.g. the Vite dev server), so a deployed app cannot drive another
 * project's chat.
 */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

    private final ProjectSocketHandler handler;

    private final List<String> allowedOrigins;

    private final CurrentAccount account;

    WebSocketConfig(ProjectSocketHandler handler, RealtimeSettings settings, CurrentAccount account) {
        this.handler = handler;
        this.account = account;
        this.allowedOrigins = settings.allowedOrigins();
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/project/*", "/ws/project/*/")
            .addInterceptors(new OriginSyntax(), new SocketAccount(account))
            .setAllowedOriginPatterns(allowedOrigins.toArray(String[]::new));
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(64 * 1024);
        container.setMaxSessionIdleTimeout(30 * 60 * 1000L);
        return container;
    }

    /**
     * Remembers which account opened a socket (the handshake is a signed-in request; the
     * socket's messages are not), under {@link #ATTRIBUTE} in the session's attributes.
     */
    static final class SocketAccount implements HandshakeInterceptor {

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

}
