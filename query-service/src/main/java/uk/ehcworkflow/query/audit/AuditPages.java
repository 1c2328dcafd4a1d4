package uk.ehcworkflow.query.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.dispute.DisputeState;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;

/**
 * Auditors' and administrators' pages: the audit trail with its filters, the steps recorded
 * late, the verification of a record's chain or of the whole store, and (on the case and action
 * pages) the evidence packs to download and each record as known on a date. Wherever a record is
 * asked for, its case reference does as well as its id.
 */
@PageController
class AuditPages {

    private static final int MOST_LATE_DAYS = 3650;
    private static final int MOST_PAGES = 10_000;

    private final AuditTrailReader auditTrail;
    private final ChainVerifier verifier;
    private final StoreVerification storeVerification;
    private final AssessmentReader assessments;
    private final DisputeReader disputes;
    private final Clock clock;

    AuditPages(AuditTrailReader auditTrail, ChainVerifier verifier, StoreVerification storeVerification,
               AssessmentReader assessments, DisputeReader disputes, Clock clock) {
        this.auditTrail = auditTrail;
        this.verifier = verifier;
        this.storeVerification = storeVerification;
        this.assessments = assessments;
        this.disputes = disputes;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String trail(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        ZoneId zone = clock.getZone();
        PageFilters filters = PageFilters.of(query);
        String record = filters.text("aggregateId");
        String aggregateId = record == null ? null : assessments.idOf(record).orElseGet(() -> {
            filters.fail("aggregateId", "No case has the reference " + record + ". Check the reference, or enter an id.");
            return null;
        });
        Instant from = filters.date("from") == null ? null : filters.date("from").atStartOfDay(zone).toInstant();
        Instant to = filters.endOfDay("to", zone);
        AuditTrailReader.Search search = filters.failed() ? new AuditTrailReader.Search(null, null, null, null, null, null)
                : new AuditTrailReader.Search(aggregateId, filters.text("actor"), filters.text("agency"), filters.text("type"),
                        from, to);
        int page = pageNumber(filters.text("page"));
        model.addAttribute("trail", auditTrail.search(search, page, AuditController.PAGE_SIZE, zone));
        model.addAttribute("newer", pageLink(query, page - 1));
        model.addAttribute("older", pageLink(query, page + 1));
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        return "audit/trail";
    }

    /** The page of the trail a pagination link asks for; anything else is the first page (no box to show an error in). */
    private static int pageNumber(String asked) {
        try {
            return asked == null ? 1 : Math.max(1, Math.min(Integer.parseInt(asked), MOST_PAGES));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The same filters on another page of the trail, every value encoded as typed. */
    private static String pageLink(Map<String, String> query, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit");
        query.forEach((name, value) -> {
            if (!name.equals("page") && value != null && !value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("page", page).encode().build().toUriString();
    }

    @GetMapping("/audit/late-recording")
    String lateRecording(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        int days = filters.number("days", 0, MOST_LATE_DAYS, 7);
        model.addAttribute("late", auditTrail.lateRecording(days, null, null, clock.getZone()));
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        return "audit/late";
    }

    /**
     * One record's chain checked: a case reference checks the case, the plan it began and each of
     * its disputes; an id checks that record (a plan's id, the plan).
     */
    @GetMapping("/audit/verify")
    String verify(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        String typed = filters.text("aggregateId");
        if (typed != null) {
            Optional<String> id = assessments.idOf(typed);
            List<Checked> verifications = new ArrayList<>();
            id.ifPresent(found -> {
                verifications.add(new Checked(AssessmentReader.isReference(typed) ? "The case" : "The record", verifier.verify(found)));
                // a plan's stream is named apart from its case's (the same id); a registered plan's id names only it
                verifications.add(new Checked("The plan", verifier.verify(PlanStream.of(found))));
                if (AssessmentReader.isReference(typed)) {
                    disputes.ofCase(found, null).stream().map(DisputeState::disputeId)
                            .forEach(dispute -> verifications.add(new Checked("A dispute", verifier.verify(dispute))));
                }
                verifications.removeIf(checked -> checked.verification().events() == 0
                        && checked.verification().firstBrokenLink() == null);
            });
            if (verifications.isEmpty()) {
                filters.fail("aggregateId", AssessmentReader.isReference(typed)
                        ? "No case has the reference " + typed + ". Check the reference."
                        : "No record has the id " + typed + ". Enter a case reference, for example EHC-2026-00001, or a "
                                + "record's id.");
            } else {
                model.addAttribute("verifications", verifications);
            }
        }
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        return "audit/verify";
    }

    /** One record's verification, with what it is of. */
    record Checked(String what, ChainVerifier.Verification verification) {
    }

    @PostMapping("/audit/verifications")
    String verifyStore() {
        return "redirect:/audit/verifications/" + storeVerification.start().verificationId();
    }

    @GetMapping("/audit/verifications/{verificationId}")
    String verification(@PathVariable String verificationId, Model model) {
        model.addAttribute("progress", storeVerification.progress(verificationId));
        return "audit/verification";
    }
}
