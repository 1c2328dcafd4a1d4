package uk.ehcworkflow.query.returns;

import java.util.Map;
import java.util.TreeMap;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * The return's headline counts, worked out from the people it carries: the figures the
 * dashboard shows for the same year, and which must agree with it.
 *
 * @param plansIssuedWithinTwentyWeeksWithoutExceptions issued within 20 weeks of the request, with Week20 0
 * @param plansCeasedByReason                           by the return's CeaseReason code
 */
public record Sen2Summary(long persons, long requestsReceived, long plansIssued, long plansIssuedWithoutExceptions,
                          long plansIssuedWithinTwentyWeeksWithoutExceptions, long activePlans,
                          Map<String, Long> plansCeasedByReason) {

    /** Counts person by person as the return is written. */
    static final class Tally {

        private final CollectionYear year;
        private final String issued;
        private final String noExceptions;
        private long persons;
        private long received;
        private long plans;
        private long withoutExceptions;
        private long withinTwenty;
        private long active;
        private final Map<String, Long> ceased = new TreeMap<>();

        Tally(CollectionYear year, Sen2Codes codes) {
            this.year = year;
            this.issued = codes.line("outcome.ASSESSED");
            this.noExceptions = codes.flag(false);
        }

        void count(Sen2Person p) {
            persons++;
            if (p.activePlan() != null) {
                active++;
            }
            for (Sen2Person.Request r : p.requests()) {
                if (year.inFlow(r.receivedDate())) {
                    received++;
                }
                Sen2Person.Assessment a = r.assessment();
                if (a == null) {
                    continue;
                }
                if (issued.equals(a.outcome()) && year.inFlow(a.outcomeDate())) {
                    plans++;
                    if (noExceptions.equals(a.week20())) {
                        withoutExceptions++;
                        if (StatutoryCalendar.withinWeeks(r.receivedDate(), a.outcomeDate(), StatutoryCalendar.FINAL_PLAN_WEEKS)) {
                            withinTwenty++;
                        }
                    }
                }
                if (a.namedPlan() != null && year.inFlow(a.namedPlan().ceaseDate())) {
                    ceased.merge(a.namedPlan().ceaseReason(), 1L, Long::sum);
                }
            }
        }

        Sen2Summary summary() {
            return new Sen2Summary(persons, received, plans, withoutExceptions, withinTwenty, active, Map.copyOf(ceased));
        }
    }
}
