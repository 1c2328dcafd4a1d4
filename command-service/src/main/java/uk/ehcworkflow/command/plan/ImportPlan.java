package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.privacy.ChildProfile;

/**
 * Bring in a plan another system held, with what a SEN2 return said of it, in one step: it is
 * registered and its child's details, needs, placements and personal budget are recorded by the
 * plan's own rules, all or nothing, so an import stopped part way leaves the whole plan or none of it.
 *
 * @param profile    the child's details, or null when the return gave none
 * @param needs      the needs standing on census day, or null
 * @param placements each placement in the order the child entered it, with the day they left it if they did
 * @param budget     the personal budget, or null when none was agreed or delivered
 */
public record ImportPlan(RegisterPlan registration, ChildProfile profile, RecordNeeds needs, List<Placed> placements,
                         RecordPersonalBudget budget) {

    /** A placement and, when the child has left it, the day they left. */
    public record Placed(StartPlacement start, LocalDate leftOn) {
    }
}
