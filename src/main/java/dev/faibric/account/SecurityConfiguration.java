package dev.faibric.account;

import dev.faibric.hosting.AppOrigin;
import dev.faibric.hosting.HostingSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The platform's own requests (never an app's: those are answered before this chain): who
 * is asking, what they may reach, CSRF protection for the UI's session cookie, and the
 * security headers of the platform's pages.
 */
@Configuration
@EnableConfigurationProperties(AuthSettings.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * An app's own server side (the data API and the app's sign-in, on the app's origin):
     * none of the platform's credentials apply there (its cookies are host-only and never
     * reach an app's host), so this chain only keeps the platform's sessions, CSRF tokens
     * and page headers out; the app's handlers check the app's own users and where each
     * change came from.
     */
    @Bean
    @Order(0)
    SecurityFilterChain appOrigins(HttpSecurity http) {
        http.securityMatcher(AppOrigin::present)
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(c -> c.disable())
            .httpBasic(b -> b.disable())
            .formLogin(f -> f.disable())
            .logout(l -> l.disable())
            .csrf(c -> c.disable())
            .headers(h -> h.frameOptions(f -> f.disable()))
            .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain platform(HttpSecurity http, AuthSettings auth, AccountTokens tokens, HostingSettings hosting) {
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(c -> c.disable())
            .httpBasic(b -> b.disable())
            .formLogin(f -> f.disable())
            .logout(l -> l.disable())
            .addFilterBefore(new TokenAuthentication(tokens, auth), AnonymousAuthenticationFilter.class)
            .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                .accessDeniedHandler(ProblemResponses.forbidden()))
            .headers(h -> h.cacheControl(c -> c.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"), new CacheControlHeadersWriter()))
                .frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(c -> c.policyDirectives(uiPolicy(hosting)))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
        if (auth.accounts()) {
            http.csrf(c -> c.spa().requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .addFilterAfter(new CsrfCookie(), CsrfFilter.class)
                .authorizeHttpRequests(a -> a
                    .requestMatchers(HttpMethod.POST, "/api/auth/signup", "/api/auth/login", "/api/auth/logout")
                    .permitAll()
                    .requestMatchers("/api/docs", "/api/docs/", "/api/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/api/**", "/ws/**")
                    .authenticated()
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(Account.Role.ADMIN.name())
                    .anyRequest()
                    .permitAll());
        }
        else {
            http.csrf(c -> c.disable()).authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        return http.build();
    }

    /**
     * A change sent with the session cookie (the one credential a browser sends by
     * itself) needs the CSRF header, and so do sign-up and sign-in; a personal API token
     * is never sent by a browser on its own, and a request with no credential at all is
     * simply not signed in (401).
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)
                || TokenAuthentication.bearer(request) != null) {
            return false;
        }
        String path = request.getRequestURI();
        return TokenAuthentication.sessionCookie(request) != null || path.startsWith("/api/auth/signup")
                || path.startsWith("/api/auth/login");
    }

    /**
     * The UI's own scripts and styles only; previews are framed from the apps' own
     * origins; nobody else may frame the UI.
     */
    static String uiPolicy(HostingSettings hosting) {
        String apps = "http://*." + hosting.appsDomain() + ":* https://*." + hosting.appsDomain() + ":*";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'; frame-src 'self' " + apps
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    /**
     * Makes sure the UI has its XSRF-TOKEN cookie from its first request, so it can send
     * the header with its first change.
     */
    static final class CsrfCookie extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }

    }

}
