package dev.faibric.limits;

import dev.faibric.account.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts each request of one method to the endpoints of one {@link LimitedAction}, by the
 * current account and the client's address, before the body is read; a request over
 * either rate is answered 429 ({@link LimitExceeded}).
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimits rates;

    private final CurrentAccount account;

    private final LimitedAction action;

    private final String method;

    RateLimitInterceptor(RateLimits rates, CurrentAccount account, LimitedAction action, String method) {
        this.rates = rates;
        this.account = account;
        this.action = action;
        this.method = method;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (method.equals(request.getMethod())) {
            rates.take(action, action.beforeSignIn() ? 0 : account.id(), request.getRemoteAddr());
        }
        return true;
    }

}
