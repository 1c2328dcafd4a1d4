package uk.ehcworkflow.query.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * Auditors' and administrators' pages: the audit trail with its filters, the steps recorded
 * late, the verification of a record's chain or of the whole store, and (on the case and action
 * pages) the evidence packs to download and each record as known on a date.
 */
@PageController
class AuditPages {

    private static final int MOST_LATE_DAYS = 3650;

    private final AuditTrailReader auditTrail;
    private final ChainVerifier verifier;
    private final StoreVerification storeVerification;
    private final Clock clock;

    AuditPages(AuditTrailReader auditTrail, ChainVerifier verifier, StoreVerification storeVerification, Clock clock) {
        this.auditTrail = auditTrail;
        this.verifier = verifier;
        this.storeVerification = storeVerification;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) String aggregateId, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String agency, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        ZoneId zone = clock.getZone();
        AuditTrailReader.Search search;
        try {
            search = new AuditTrailReader.Search(blank(aggregateId), blank(actor), blank(agency), blank(type),
                    TimeParameter.startOf("from", blank(from), zone), TimeParameter.endOf("to", blank(to), zone));
        } catch (InvalidRequestException wrong) {
            model.addAttribute("errors", List.of(new PageForm.FormError("#" + wrong.field(), wrong.getMessage())));
            search = new AuditTrailReader.Search(null, null, null, null, null, null);
        }
        model.addAttribute("trail", auditTrail.search(search, Math.max(1, Math.min(page, 10_000)), AuditController.PAGE_SIZE, zone));
        model.addAttribute("filters", new String[] {blank(aggregateId), blank(actor), blank(agency), blank(type), blank(from), blank(to)});
        return "pages/audit";
    }

    @GetMapping("/audit/late-recording")
    String lateRecording(@RequestParam(defaultValue = "7") int days, Model model) {
        int shown = Math.max(0, Math.min(days, MOST_LATE_DAYS));
        model.addAttribute("late", auditTrail.lateRecording(shown, null, null, clock.getZone()));
        return "pages/audit-late";
    }

    @GetMapping("/audit/verify")
    String verify(@RequestParam(required = false) String aggregateId, Model model) {
        if (blank(aggregateId) != null) {
            model.addAttribute("verification", verifier.verify(aggregateId.strip()));
        }
        model.addAttribute("aggregateId", blank(aggregateId));
        return "pages/audit-verify";
    }

    @PostMapping("/audit/verifications")
    String verifyStore() {
        return "redirect:/audit/verifications/" + storeVerification.start().verificationId();
    }

    @GetMapping("/audit/verifications/{verificationId}")
    String verification(@PathVariable String verificationId, Model model) {
        model.addAttribute("progress", storeVerification.progress(verificationId));
        return "pages/audit-verification";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
