package uk.ehcworkflow.command.quality;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.ShippedChecklist;

/**
 * The area's plan-quality checklist and its versions (ADR 50). Version 1 is the service's own
 * ({@link ShippedChecklist}); each one the area publishes is the next, whole, and stays on record:
 * an audit keeps the version it was scored against.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class Checklist {

    @AggregateIdentifier
    private String checklistId;
    private int version = ShippedChecklist.VERSION;
    private String title = ShippedChecklist.TITLE;
    private List<ChecklistSection> sections = ShippedChecklist.SECTIONS;

    protected Checklist() {
        // for Axon to rebuild it from its events, and for the first version the area publishes
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishChecklist command) {
        apply(new ChecklistPublished(command.checklistId(), version + 1, command.title(), List.copyOf(command.sections())));
    }

    @EventSourcingHandler
    void on(ChecklistPublished event) {
        checklistId = event.checklistId();
        version = event.version();
        title = event.title();
        sections = event.sections();
    }

    /** The version audits started now are scored against. */
    ChecklistVersion current() {
        return new ChecklistVersion(checklistId, version, title, sections);
    }
}
