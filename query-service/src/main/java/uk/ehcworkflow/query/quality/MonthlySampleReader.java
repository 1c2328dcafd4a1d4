package uk.ehcworkflow.query.quality;

import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.MonthlySampling;
import uk.ehcworkflow.events.quality.SampledPlan;
import uk.ehcworkflow.query.readmodel.JsonDocuments;
import uk.ehcworkflow.query.readmodel.RecordDocuments;

/**
 * The months' samples as a manager works through them (ADR 51): each plan drawn, whether its
 * manager's audit has begun or been graded, and whether the sample is past its day.
 */
@Component
public class MonthlySampleReader {

    /** Where a sampled plan's manager's audit is. */
    public enum Progress { NOT_STARTED, IN_PROGRESS, GRADED }

    /** A plan drawn, with the audit that answers for it, if one has begun. */
    public record SampledPlanView(String planId, String team, Progress progress, String auditId, Grade grade) {
    }

    /** A team's plans finalised in the month, and how many of them were drawn. */
    public record TeamCount(String team, int finalised, int sampled) {
    }

    /**
     * A month's sample as it stands today.
     *
     * @param seed in words: a JSON number this long is rounded by JavaScript, and the seed must draw the same plans again
     */
    public record SampleView(String sampleId, YearMonth month, LocalDate drawnOn, String drawnBy, LocalDate auditBy,
                             int sharePercent, String seed, int finalised, List<TeamCount> teams, List<SampledPlanView> plans,
                             int graded, boolean overdue) {

        @JsonProperty
        public int sampled() {
            return plans.size();
        }

        public boolean drawnByTheService() {
            return ActorMetadata.THE_SERVICE.equals(drawnBy);
        }
    }


    private final MongoCollection<Document> samples;
    private final MongoCollection<Document> audits;
    private final JsonDocuments documents;
    private final RecordDocuments<MonthlySampleRecord> byId;
    private final Clock clock;

    MonthlySampleReader(MongoDatabase readStore, JsonDocuments documents, Clock clock) {
        this.samples = readStore.getCollection(MonthlySampleProjection.COLLECTION);
        this.audits = readStore.getCollection(PlanAuditProjection.COLLECTION);
        this.documents = documents;
        this.byId = new RecordDocuments<>(samples, documents, MonthlySampleRecord.class, MonthlySampleRecord::lastSequence, clock);
        this.clock = clock;
    }

    /** Waits, briefly, until the read model shows the month's sample drawn. */
    public void awaitDrawn(YearMonth month) {
        byId.awaitChange(MonthlySampling.sampleId(month), -1);
    }

    /** Every month's sample, the latest month first. */
    public List<SampleView> all() {
        List<SampleView> views = new ArrayList<>();
        for (Document stored : samples.find()) {
            views.add(view(documents.fromDocument(stored, MonthlySampleRecord.class)));
        }
        views.sort(Comparator.comparing(SampleView::month).reversed());
        return views;
    }

    /** The month's sample as drawn, if it was. */
    public Optional<MonthlySampleRecord> record(YearMonth month) {
        return Optional.ofNullable(byId.byId(MonthlySampling.sampleId(month)));
    }

    public Optional<SampleView> ofMonth(YearMonth month) {
        return Optional.ofNullable(byId.byId(MonthlySampling.sampleId(month))).map(this::view);
    }

    private SampleView view(MonthlySampleRecord sample) {
        Map<String, PlanAuditRecord> answering = answering(sample);
        Map<String, String> teamOf = new HashMap<>();
        Map<String, int[]> byTeam = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (SampledPlan plan : sample.population()) {
            teamOf.put(plan.planId(), plan.team());
            byTeam.computeIfAbsent(plan.team(), team -> new int[2])[0]++;
        }
        List<SampledPlanView> plans = new ArrayList<>();
        int graded = 0;
        for (String planId : sample.sampled()) {
            byTeam.get(teamOf.get(planId))[1]++;
            PlanAuditRecord audit = answering.get(planId);
            Progress progress = audit == null ? Progress.NOT_STARTED : audit.grade() == null ? Progress.IN_PROGRESS : Progress.GRADED;
            graded += progress == Progress.GRADED ? 1 : 0;
            plans.add(new SampledPlanView(planId, teamOf.get(planId), progress, audit == null ? null : audit.auditId(),
                    audit == null ? null : audit.grade()));
        }
        List<TeamCount> teams = new ArrayList<>();
        byTeam.forEach((team, counts) -> teams.add(new TeamCount(team, counts[0], counts[1])));
        boolean overdue = graded < plans.size() && LocalDate.now(clock).isAfter(sample.auditBy());
        return new SampleView(sample.sampleId(), sample.month(), sample.drawnOn(), sample.drawnBy(), sample.auditBy(),
                sample.sharePercent(), Long.toString(sample.seed()), sample.population().size(), teams, plans, graded, overdue);
    }

    /** The audit that answers for each plan drawn ({@link MonthlySampleRecord#answeredBy}); of several, the latest begun. */
    private Map<String, PlanAuditRecord> answering(MonthlySampleRecord sample) {
        Map<String, PlanAuditRecord> latest = new HashMap<>();
        for (Document stored : audits.find(in("planId", sample.sampled()))) {
            PlanAuditRecord audit = documents.fromDocument(stored, PlanAuditRecord.class);
            if (sample.answeredBy(audit)) {
                latest.merge(audit.planId(), audit, (one, other) -> PlanAuditRecord.LATEST_BEGUN.compare(one, other) >= 0 ? one : other);
            }
        }
        return latest;
    }
}
