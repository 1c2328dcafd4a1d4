package uk.ehcworkflow.command.common;

import java.util.function.Function;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import uk.ehcworkflow.platform.problem.NotFoundException;

/**
 * Asks an aggregate a question (what it would accept today) without sending it a command: it is
 * loaded through its repository, as a command would load it, in a unit of work of its own.
 */
public final class AggregateQuestions {

    private AggregateQuestions() {
    }

    /** @param notFound the 404 message when no such aggregate exists */
    public static <A, R> R ask(Repository<A> repository, String aggregateId, Function<A, R> question, String notFound) {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() ->
                repository.load(aggregateId).invoke(question));
        if (result.isExceptional()) {
            if (result.exceptionResult() instanceof AggregateNotFoundException) {
                throw new NotFoundException(notFound);
            }
            throw new IllegalStateException(aggregateId + " could not be loaded", result.exceptionResult());
        }
        return result.getPayload();
    }
}
