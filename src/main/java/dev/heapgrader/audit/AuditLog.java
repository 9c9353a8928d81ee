package dev.heapgrader.audit;

import dev.heapgrader.api.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Clock;
import java.util.Optional;

/**
 * Records an action in the transaction of the action itself (it joins the caller's transaction), so the action
 * and its entry commit or roll back together. The actor is the {@link Caller} the bearer filter left on the
 * current request, so the services that act need no extra parameter; outside a request (start-up: the demo
 * course, the first administrator token) the actor is the service itself, {@code SYSTEM}.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "SYSTEM";
    private static final int MAX_DETAIL = 2000;
    private static final int MAX_TARGET = 200;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Long courseId, AuditAction action, String target, String detail) {
        Optional<Caller> caller = currentCaller();
        events.save(new AuditEvent(courseId, clock.instant(), caller.map(Caller::tokenId).orElse(null),
                caller.map(c -> c.kind().name()).orElse(SYSTEM), caller.map(Caller::memberId).orElse(null),
                action.label(), clip(target, MAX_TARGET), clip(detail, MAX_DETAIL)));
    }

    private static Optional<Caller> currentCaller() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getAttribute(Caller.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
                .map(Caller.class::cast);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
