package uk.ehcworkflow.query.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.quality.ChecklistEvent;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.events.quality.ShippedChecklist;
import uk.ehcworkflow.query.audit.StoredEvents;

/**
 * The plan-quality checklist's versions (ADR 50): the shipped one first, then each the area
 * published, read from the checklist's own few events in the store.
 */
@Component
public class ChecklistReader {

    private final StoredEvents storedEvents;
    private final Clock clock;

    ChecklistReader(StoredEvents storedEvents, Clock clock) {
        this.storedEvents = storedEvents;
        this.clock = clock;
    }

    /** Every version, oldest first. */
    public List<ChecklistPublished> versions() {
        List<ChecklistPublished> versions = new ArrayList<>(List.of(new ChecklistPublished(ShippedChecklist.ID,
                ShippedChecklist.VERSION, ShippedChecklist.TITLE, ShippedChecklist.SECTIONS)));
        storedEvents.replay(ShippedChecklist.ID, clock.instant(), ChecklistEvent.class,
                (event, recording) -> versions.add((ChecklistPublished) event));
        return versions;
    }

    /** The version audits started now are scored against. */
    public ChecklistPublished current() {
        List<ChecklistPublished> versions = versions();
        return versions.get(versions.size() - 1);
    }

    public Optional<ChecklistPublished> version(int version) {
        return versions().stream().filter(each -> each.version() == version).findFirst();
    }
}
