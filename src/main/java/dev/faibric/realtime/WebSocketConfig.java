package dev.faibric.realtime;

import dev.faibric.account.CurrentAccount;
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
            .addInterceptors(new SocketHandshake(account))
            .setAllowedOriginPatterns(allowedOrigins.toArray(String[]::new));
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(64 * 1024);
        container.setMaxSessionIdleTimeout(30 * 60 * 1000L);
        return container;
    }

}
