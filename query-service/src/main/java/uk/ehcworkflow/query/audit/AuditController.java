package uk.ehcworkflow.query.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.TimeParameter;

/** The audit trail, the late-recording view, and verification of the event store's hash chains. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrailReader auditTrail;
    private final ChainVerifier verifier;
    private final StoreVerification storeVerification;
    private final Clock clock;

    AuditController(AuditTrailReader auditTrail, ChainVerifier verifier, StoreVerification storeVerification, Clock clock) {
        this.auditTrail = auditTrail;
        this.verifier = verifier;
        this.storeVerification = storeVerification;
        this.clock = clock;
    }

    @GetMapping
    AuditTrailReader.Page trail(@RequestParam(required = false) String aggregateId, @RequestParam(required = false) String actor,
                          @RequestParam(required = false) String agency, @RequestParam(required = false) String type,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page,
                          @RequestParam(defaultValue = "" + PAGE_SIZE) @Min(1) @Max(200) int size) {
        ZoneId zone = clock.getZone();
        return auditTrail.search(new AuditTrailReader.Search(aggregateId, actor, agency, type,
                TimeParameter.startOf("from", from, zone), TimeParameter.endOf("to", to, zone)), page, size, zone);
    }

    /** Late steps by officer and month; {@code from} and {@code to} count whole days of recording. */
    @GetMapping("/late-recording")
    AuditTrailReader.LateRecording lateRecording(@RequestParam(defaultValue = "7") @Min(0) @Max(3650) int days,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to) {
        ZoneId zone = clock.getZone();
        return auditTrail.lateRecording(days, TimeParameter.startOf("from", from, zone), TimeParameter.endOf("to", to, zone),
                zone);
    }

    @GetMapping("/verify")
    ChainVerifier.Verification verify(@RequestParam String aggregateId) {
        return verifier.verify(aggregateId);
    }

    @PostMapping("/verifications")
    ResponseEntity<StoreVerification.Progress> verifyStore() {
        StoreVerification.Progress started = storeVerification.start();
        return ResponseEntity.accepted().location(URI.create("/api/audit/verifications/" + started.verificationId()))
                .body(started);
    }

    @GetMapping("/verifications/{verificationId}")
    StoreVerification.Progress verification(@PathVariable String verificationId) {
        return storeVerification.progress(verificationId);
    }
}
