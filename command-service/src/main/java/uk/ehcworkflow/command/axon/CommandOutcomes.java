package uk.ehcworkflow.command.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import uk.ehcworkflow.command.common.CommandFailure;
import uk.ehcworkflow.command.common.DomainFailure;
import uk.ehcworkflow.platform.metrics.Buckets;

/**
 * Registered once on the command bus: times every command by type and outcome (a histogram, so
 * that several instances' latencies add up), and turns
 * domain refusals into CommandExecutionExceptions whose details say why, so that callers get
 * the same answer whether the handler ran here or on another node.
 */
public class CommandOutcomes implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry meters;

    public CommandOutcomes(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            Object result = chain.proceed();
            outcome = "accepted";
            return result;
        } catch (DomainFailure failure) {
            outcome = failure.kind().name().toLowerCase();
            throw new CommandExecutionException(failure.getMessage(), null, failure.describe());
        } catch (AggregateNotFoundException notFound) {
            outcome = "not_found";
            throw new CommandExecutionException("No such " + unitOfWork.getMessage().getCommandName(), null,
                    new CommandFailure(CommandFailure.Kind.NOT_FOUND, "unknown-id",
                            "Nothing with id " + notFound.getAggregateIdentifier() + " exists."));
        } finally {
            sample.stop(Timer.builder("ehc.command.duration")
                    .description("Time to handle a command, from the command bus to its events stored, by type and outcome")
                    .serviceLevelObjectives(Buckets.LATENCY)
                    .tag("type", type)
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }
}
