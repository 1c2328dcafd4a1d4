package uk.ehcworkflow.query.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditActionAgreed;
import uk.ehcworkflow.events.quality.AuditActionDone;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.CriterionScored;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.PlanAuditClosed;
import uk.ehcworkflow.events.quality.PlanAuditEvent;
import uk.ehcworkflow.events.quality.PlanAuditGraded;
import uk.ehcworkflow.events.quality.PlanAuditStarted;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.query.readmodel.Recording;

@DisplayName("An audit as the read model keeps it: each step folded in once, the words kept sealed")
class PlanAuditRecordTest {

    private static final SealedPersonalData WORDS = new SealedPersonalData("plan-1", "c2VhbGVk");
    private final PlanAuditRecord audit = new PlanAuditRecord();
    private long sequence;

    private boolean fold(PlanAuditEvent event) {
        return audit.apply(event, new Recording(sequence++, Instant.parse("2026-08-03T10:00:00Z"), "manager-1"));
    }

    @Test
    void an_audit_from_its_start_to_its_closing() {
        fold(new PlanAuditStarted("a-1", "plan-1", AuditedVersion.FIRST_ISSUE, AuditorKind.MANAGER, "manager-1", List.of(),
                "plan-quality", 1, List.of("outcomes.smart", "provision.specific"), LocalDate.of(2026, 8, 3)));
        fold(new CriterionScored("a-1", "plan-1", "provision.specific", Score.NOT_MET, WORDS));
        fold(new CriterionScored("a-1", "plan-1", "outcomes.smart", Score.MET, null));
        fold(new PlanAuditGraded("a-1", "plan-1", Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 8, 4), WORDS));
        fold(new AuditActionAgreed("a-1", "plan-1", "act-1", WORDS, "Coordinator", LocalDate.of(2026, 9, 1)));
        fold(new AuditActionDone("a-1", "plan-1", "act-1", LocalDate.of(2026, 8, 20)));
        fold(new PlanAuditClosed("a-1", "plan-1", LocalDate.of(2026, 8, 21), null));

        assertThat(audit.criteria()).containsExactly("outcomes.smart", "provision.specific");
        assertThat(audit.scores().get("provision.specific")).isEqualTo(new PlanAuditRecord.Scored(Score.NOT_MET, WORDS));
        assertThat(audit.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        assertThat(audit.actions()).containsExactly(new PlanAuditRecord.Action("act-1", WORDS, "Coordinator",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 20)));
        assertThat(audit.closedOn()).isEqualTo(LocalDate.of(2026, 8, 21));
        assertThat(audit.lastSequence()).isEqualTo(6);
    }

    @Test
    void an_event_delivered_again_changes_nothing() {
        fold(new PlanAuditStarted("a-1", "plan-1", AuditedVersion.FIRST_ISSUE, AuditorKind.PEER, "officer-1", List.of(),
                "plan-quality", 1, List.of("outcomes.smart"), LocalDate.of(2026, 8, 3)));
        fold(new CriterionScored("a-1", "plan-1", "outcomes.smart", Score.PARTLY_MET, WORDS));

        sequence = 1;
        assertThat(fold(new CriterionScored("a-1", "plan-1", "outcomes.smart", Score.MET, null))).isFalse();
        assertThat(audit.scores().get("outcomes.smart").score()).isEqualTo(Score.PARTLY_MET);
    }
}
