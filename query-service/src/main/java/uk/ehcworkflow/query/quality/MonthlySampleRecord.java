package uk.ehcworkflow.query.quality;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.MonthlySampleDrawn;
import uk.ehcworkflow.events.quality.MonthlySampleEvent;
import uk.ehcworkflow.events.quality.SampledPlan;
import uk.ehcworkflow.query.readmodel.Recording;

/** One month's sample as the read model keeps it (ADR 51): the draw, its seed and population, and the plans drawn. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class MonthlySampleRecord {

    private String sampleId;
    private long lastSequence = -1;
    private YearMonth month;
    private long seed;
    private int sharePercent;
    private List<SampledPlan> population = List.of();
    private List<String> sampled = List.of();
    private LocalDate drawnOn;
    private LocalDate auditBy;
    private String drawnBy;
    private Instant recordedAt;

    /** Folds one event in; false, changing nothing, for an event already folded in (a redelivery). */
    boolean apply(MonthlySampleEvent event, Recording recording) {
        if (recording.sequence() <= lastSequence) {
            return false;
        }
        lastSequence = recording.sequence();
        if (event instanceof MonthlySampleDrawn drawn) {
            sampleId = drawn.sampleId();
            month = drawn.month();
            seed = drawn.seed();
            sharePercent = drawn.sharePercent();
            population = List.copyOf(drawn.population());
            sampled = List.copyOf(drawn.sampled());
            drawnOn = drawn.drawnOn();
            auditBy = drawn.auditBy();
            drawnBy = recording.recordedBy();
            recordedAt = recording.recordedAt();
        }
        return true;
    }

    public String sampleId() {
        return sampleId;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public YearMonth month() {
        return month;
    }

    public long seed() {
        return seed;
    }

    public int sharePercent() {
        return sharePercent;
    }

    public List<SampledPlan> population() {
        return population;
    }

    public List<String> sampled() {
        return sampled;
    }

    public LocalDate drawnOn() {
        return drawnOn;
    }

    public LocalDate auditBy() {
        return auditBy;
    }

    /** When the draw was stored: a figure as known before then has no sample for the month. */
    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * Whether an audit answers for a plan drawn: a manager's audit of the issued plan (not a draft's
     * peer review) begun after the sampled month ended (ADR 51).
     */
    public boolean answeredBy(PlanAuditRecord audit) {
        return sampled.contains(audit.planId()) && audit.auditorKind() == AuditorKind.MANAGER
                && audit.audited() != AuditedVersion.DRAFT_BEFORE_ISSUE && audit.startedOn().isAfter(month.atEndOfMonth());
    }

    /** Who drew it: a manager, or the service itself on the month's first working day. */
    public String drawnBy() {
        return drawnBy;
    }
}
