package uk.ehcworkflow.query.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.plan.Placement;

/**
 * The problems a person must fix before the return is sent, found person by person as it is
 * written: the DfE's rules as the guide defines its items (RETURNS.md, section 3.5, run as our own
 * checks until the DfE's validation workbook is in hand), the items the return needs that were
 * never recorded, and the same UPN on two records. Each names the record, the item and why.
 */
final class Sen2Checks {

    /** One problem: the record (case reference or plan), the page to fix it on, the item, and what is wrong. */
    record Problem(String sourceId, String link, String item, String problem) {
    }

    private final Sen2Codes codes;
    private final List<Problem> problems = new ArrayList<>();
    /** Each UPN seen, with the record it was first seen on: a few bytes a child, not the area's records. */
    private final Map<String, String> upns = new HashMap<>();

    Sen2Checks(Sen2Codes codes) {
        this.codes = codes;
    }

    void check(Sen2Person p) {
        if (p.sex() == null) {
            add(p, "Sex", "not recorded: record it in the child's details");
        }
        if (p.ethnicity() == null) {
            add(p, "Ethnicity", "not recorded: record it, or REFU (refused) or NOBT (not yet obtained)");
        }
        if (p.postcode() == null) {
            add(p, "PostCode", "not recorded");
        }
        if (p.upn() == null && p.uln() == null && p.upnUnknown() == null) {
            add(p, "UPN", "no UPN, no ULN and no reason for neither (UPNunknown)");
        }
        if (p.upn() != null) {
            String first = upns.putIfAbsent(p.upn(), p.sourceId());
            if (first != null) {
                add(p, "UPN", "the same UPN as " + first + ": the return would count one child as two, or two as one");
            }
        }
        for (Sen2Person.Request r : p.requests()) {
            request(p, r);
        }
        if (p.activePlan() != null) {
            activePlan(p, p.activePlan());
        }
    }

    private void request(Sen2Person p, Sen2Person.Request r) {
        if (r.receivedDate() == null) {
            add(p, "ReceivedDate", "this plan was registered from before without the day its request was received: "
                    + "add it to the return by hand");
            return;
        }
        if (r.requestSource() == null) {
            add(p, "RequestSource", "not recorded: mandatory from 2026");
        }
        if (r.outcomeDate() != null && r.outcomeDate().isBefore(r.receivedDate())) {
            add(p, "RequestOutcomeDate", r.outcomeDate() + " is before the request was received (" + r.receivedDate() + ")");
        }
        boolean decided = codes.line("outcome.ASSESSED").equals(r.outcome()) || codes.line("outcome.NOT_ASSESSED").equals(r.outcome());
        if (decided != (r.outcomeDate() != null)) {
            add(p, "RequestOutcomeDate", "present for an outcome of Y or N, and only then (outcome " + r.outcome() + ")");
        }
    }

    private void activePlan(Sen2Person p, Sen2Person.ActivePlan a) {
        if (a.needs().isEmpty()) {
            add(p, "SENtype", "the plan in force on census day has no primary need recorded");
        }
        if (a.placements().isEmpty()) {
            add(p, "PlacementDetail", "the plan in force on census day has no placement on that day: record where the "
                    + "child is (a URN, a UKPRN, or a setting such as EHE or NEET)");
        }
        if (a.placements().stream().filter(d -> String.valueOf(Placement.MAIN).equals(d.placementRank())).count() > 1) {
            add(p, "PlacementRank", "more than one main placement (rank 1) on census day");
        }
        if (a.lastReview() != null && a.reviewMeeting() != null && a.lastReview().isBefore(a.reviewMeeting())) {
            add(p, "LastReview", a.lastReview() + " is before the review meeting (" + a.reviewMeeting() + ")");
        }
        if (a.transferredFrom() != null && a.transferLa() == null) {
            add(p, "TransferLA", "the authority the plan came from is recorded by name: the return needs its 3-digit code");
        }
    }

    void erased(String sourceId, String link) {
        problems.add(new Problem(sourceId, link, "Person", "the child's personal data was erased: the return cannot "
                + "carry this record"));
    }

    void header(String item, String problem) {
        problems.add(new Problem(null, null, item, problem));
    }

    private void add(Sen2Person p, String item, String problem) {
        problems.add(new Problem(p.sourceId(), p.link(), item, problem));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
