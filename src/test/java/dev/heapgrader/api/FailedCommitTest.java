package dev.heapgrader.api;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit the database refused is answered 503 with {@code Retry-After}, as the wrapping seen in a 10-minute load
 * run on H2 arrived (H2's "Position 0" inside {@code TransactionStore.commit}); other failures stay 500.
 */
class FailedCommitTest {

    private static JpaSystemException refusedCommit() {
        return new JpaSystemException(new TransactionException("Unable to commit against JDBC Connection",
                new SQLException("General error: org.h2.mvstore.MVStoreException: Position 0", "HY000")));
    }

    @Test
    void aRefusedCommitIsRecognisedThroughItsWrappers() {
        assertThat(FailedCommit.causedBy(refusedCommit())).isTrue();
        assertThat(FailedCommit.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(FailedCommit.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void aRefusedCommitIsA503ToRetryAndABugStaysA500() {
        ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/courses/c/submissions");

        var refused = advice.unexpected(refusedCommit(), request);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getBody().getDetail()).contains("nothing of it was stored");

        var bug = advice.unexpected(new IllegalStateException("a bug"), request);
        assertThat(bug.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
