package dev.faibric.limits;

import dev.faibric.account.CurrentAccount;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The endpoints that cost, each counted against its rate. */
@Configuration(proxyBeanMethods = false)
class RateLimitedEndpoints implements WebMvcConfigurer {

    private final RateLimits rates;

    private final CurrentAccount account;

    RateLimitedEndpoints(RateLimits rates, CurrentAccount account) {
        this.rates = rates;
        this.account = account;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        limit(registry, LimitedAction.GENERATE, "POST", "/api/v2/generate", "/api/v2/generate/");
        limit(registry, LimitedAction.CHANGE, "POST", "/api/v2/projects/*/modify", "/api/v2/projects/*/modify/",
                "/api/projects/*/fix", "/api/projects/*/fix/");
        limit(registry, LimitedAction.LIBRARY_IMPORT, "POST", "/api/repository/import", "/api/repository/import/**");
        limit(registry, LimitedAction.LIBRARY_SEARCH, "GET", "/api/repository/search", "/api/repository/search/");
        limit(registry, LimitedAction.SIGN_IN, "POST", "/api/auth/login", "/api/auth/login/", "/api/auth/signup",
                "/api/auth/signup/");
    }

    private void limit(InterceptorRegistry registry, LimitedAction action, String method, String... paths) {
        registry.addInterceptor(new RateLimitInterceptor(rates, account, action, method)).addPathPatterns(paths);
    }

}
