package uk.ehcworkflow.command.improvement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.improvement.ActionRegistered;
import uk.ehcworkflow.events.improvement.MeasureRecorded;
import uk.ehcworkflow.events.improvement.ProgressRecorded;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.RagChanged;
import uk.ehcworkflow.events.improvement.SuccessCriterion;

/**
 * One action of a Written Statement of Action: what it must achieve, who leads it, and a RAG
 * status whose every change keeps its reason, its author and the date it took effect. That
 * trail is the evidence inspectors judge progress by at the revisit.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class ImprovementAction {

    static final String DUPLICATE_REFERENCE = "duplicate-reference";
    static final String RAG_UNCHANGED = "rag-unchanged";
    static final String COMPLETION_NEEDS_EVIDENCE = "completion-needs-evidence";
    static final String RAG_CHANGE_OUT_OF_ORDER = "rag-change-out-of-order";
    static final String UNKNOWN_MEASURE = "unknown-measure";

    @AggregateIdentifier
    private String actionId;
    private Rag rag;
    private LocalDate lastRagChange;
    private boolean evidenceRecorded;
    private final Set<String> measures = new HashSet<>();

    protected ImprovementAction() {
        // for Axon to rebuild it from its events
    }

    @CommandHandler
    public ImprovementAction(RegisterAction command, ActionReferences references) {
        if (!references.claim(command.reference(), command.actionId())) {
            throw new RuleBroken(DUPLICATE_REFERENCE, "Another action of the plan is numbered " + command.reference() + ".");
        }
        apply(new ActionRegistered(command.actionId(), command.reference(), command.areaOfWeakness(), command.title(),
                command.leads(), command.dueBy(), command.successCriteria()));
    }

    @EventSourcingHandler
    void on(ActionRegistered event) {
        actionId = event.actionId();
        rag = Rag.RED;
        event.successCriteria().stream().map(SuccessCriterion::measure).filter(m -> m != null).forEach(measures::add);
    }

    @CommandHandler
    void handle(ChangeRag command, Clock clock) {
        if (command.rag() == rag) {
            throw new RuleBroken(RAG_UNCHANGED, "The action is already " + rag + ".");
        }
        if (command.rag() == Rag.BLUE && !evidenceRecorded) {
            throw new RuleBroken(COMPLETION_NEEDS_EVIDENCE,
                    "An action can be marked complete (BLUE) only once progress with evidence of completion is recorded.");
        }
        Dates.notInFuture("asOf", command.asOf(), clock);
        if (lastRagChange != null && command.asOf().isBefore(lastRagChange)) {
            throw new RuleBroken(RAG_CHANGE_OUT_OF_ORDER,
                    "The last RAG change took effect on " + lastRagChange + "; a later change cannot take effect before it.");
        }
        apply(new RagChanged(actionId, rag, command.rag(), command.reason(), command.asOf()));
    }

    @EventSourcingHandler
    void on(RagChanged event) {
        rag = event.to();
        lastRagChange = event.asOf();
    }

    @CommandHandler
    void handle(RecordProgress command) {
        apply(new ProgressRecorded(actionId, command.note(), command.evidence()));
    }

    @EventSourcingHandler
    void on(ProgressRecorded event) {
        evidenceRecorded |= !event.evidence().isEmpty();
    }

    @CommandHandler
    void handle(RecordMeasure command, Clock clock) {
        if (!measures.contains(command.measure())) {
            throw new RuleBroken(UNKNOWN_MEASURE, "The action's success criteria measure " + measures
                    + "; not '" + command.measure() + "'.");
        }
        Dates.notInFuture("asOf", command.asOf(), clock);
        apply(new MeasureRecorded(actionId, command.measure(), command.value(), command.asOf()));
    }
}
