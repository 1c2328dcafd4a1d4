package uk.ehcworkflow.query.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.common.HtmlPages;

/**
 * Each record's evidence pack as it stands, to download; also at {@code /audit/evidence/...},
 * where an auditor signed in to the pages downloads it. A read of a case or plan is recorded.
 */
@RestController
class EvidenceController {

    private final EvidencePacks packs;
    private final AccessLog accessLog;
    private final Clock clock;

    EvidenceController(EvidencePacks packs, AccessLog accessLog, Clock clock) {
        this.packs = packs;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping({"/api/evidence/assessments/{assessmentId}", "/audit/evidence/assessments/{assessmentId}"})
    ResponseEntity<String> assessment(@PathVariable String assessmentId, HttpServletRequest request) {
        EvidencePacks.Pack pack = packs.assessment(assessmentId, clock.instant(), LocalDate.now(clock));
        accessLog.caseViewed(assessmentId, "evidence pack", request);
        return download(pack);
    }

    @GetMapping({"/api/evidence/actions/{actionId}", "/audit/evidence/actions/{actionId}"})
    ResponseEntity<String> action(@PathVariable String actionId) {
        return download(packs.action(actionId));
    }

    @GetMapping({"/api/evidence/plans/{planId}", "/audit/evidence/plans/{planId}"})
    ResponseEntity<String> plan(@PathVariable String planId, HttpServletRequest request) {
        EvidencePacks.Pack pack = packs.plan(planId, clock.instant(), LocalDate.now(clock));
        accessLog.caseViewed(planId, "plan evidence pack", request);
        return download(pack);
    }

    @GetMapping({"/api/evidence/disputes/{disputeId}", "/audit/evidence/disputes/{disputeId}"})
    ResponseEntity<String> dispute(@PathVariable String disputeId) {
        return download(packs.dispute(disputeId, clock.instant(), LocalDate.now(clock)));
    }

    private static ResponseEntity<String> download(EvidencePacks.Pack pack) {
        return ResponseEntity.ok().contentType(HtmlPages.HTML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pack.filename()).build()
                        .toString())
                .body(pack.html());
    }
}
