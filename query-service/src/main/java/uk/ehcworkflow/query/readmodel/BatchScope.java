package uk.ehcworkflow.query.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The writes a projection gathers during one processing batch, flushed in a fixed order when
 * the batch commits: counters before documents, so that a document's "already applied" guard
 * can never hide counter increments that were not written; and the entries derived from a record
 * (its open deadlines, its advice requests) before the record itself, so that a page that waits
 * until the record shows a command's event (read your write) finds those entries written too.
 */
final class BatchScope {

    static final int COUNTERS = 0;
    static final int DERIVED = 1;
    static final int DOCUMENTS = 2;

    private record Flush(int order, Runnable action) {
    }

    private final List<Flush> flushes = new ArrayList<>();

    private BatchScope() {
    }

    /** This batch's instance of a resource, created (and its flush registered) on first use. */
    static <T> T resource(String key, int order, Supplier<T> create, Consumer<T> flush) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        T existing = unitOfWork.getResource(key);
        if (existing != null) {
            return existing;
        }
        T value = create.get();
        of(unitOfWork).flushes.add(new Flush(order, () -> flush.accept(value)));
        unitOfWork.resources().put(key, value);
        return value;
    }

    /** The messages of the batch being processed (just the one, outside a batching unit of work). */
    static List<? extends EventMessage<?>> messages() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream().filter(EventMessage.class::isInstance)
                    .<EventMessage<?>>map(message -> (EventMessage<?>) message).toList();
        }
        return unitOfWork.getMessage() instanceof EventMessage<?> event ? List.of(event) : List.of();
    }

    private static BatchScope of(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BatchScope.class.getName(), key -> {
            BatchScope scope = new BatchScope();
            unitOfWork.onPrepareCommit(committing -> scope.flushAll());
            return scope;
        });
    }

    private void flushAll() {
        flushes.sort(Comparator.comparingInt(Flush::order));
        flushes.forEach(flush -> flush.action().run());
    }
}
