package uk.ehcworkflow.query.web;

import org.axonframework.common.AxonTransientException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.ehcworkflow.platform.problem.Problems;

/**
 * The reads that go to the event store itself (a case's history, the audit trail's verification,
 * evidence packs) answer 503 while the command service, which owns the store, is down or
 * restarting. Everything served from the read models goes on answering meanwhile.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableHandler.class);

    @ExceptionHandler({EventStoreException.class, JdbcException.class, AxonTransientException.class,
            DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("A read that needs the event store failed: {}", e.getClass().getSimpleName());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Event store unavailable",
                "The event store cannot be reached now (the command service may be restarting); try again shortly. "
                        + "Timelines and figures from the read models are still answered.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
