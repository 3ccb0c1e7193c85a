package dev.faibric.runtime;

import dev.faibric.realtime.UserMessageReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The owner's own chat messages start turns: each one may be followed by one automatic
 * fix again.
 */
@Component
class UserTurns {

    private final AutomaticFixes fixes;

    UserTurns(AutomaticFixes fixes) {
        this.fixes = fixes;
    }

    @EventListener
    void onUserMessage(UserMessageReceived message) {
        fixes.newTurn(message.projectId());
    }

}
