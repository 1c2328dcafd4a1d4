package uk.ehcworkflow.query.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditActionAgreed;
import uk.ehcworkflow.events.quality.AuditActionDone;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.events.quality.CriterionScored;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.MonthlySampleDrawn;
import uk.ehcworkflow.events.quality.PlanAuditEvent;
import uk.ehcworkflow.events.quality.PlanAuditGraded;
import uk.ehcworkflow.events.quality.PlanAuditStarted;
import uk.ehcworkflow.events.quality.SampledPlan;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.events.quality.ShippedChecklist;
import uk.ehcworkflow.query.quality.QualityFigures.Figures;
import uk.ehcworkflow.query.quality.QualityFigures.Rating;
import uk.ehcworkflow.query.readmodel.Recording;

/**
 * The quarter October to December 2026, as known on 15 January 2027, worked out by hand: seven
 * audits (three of issued plans graded in the quarter, one graded before it, two peer reviews of
 * drafts, one still in progress) and the samples of October and November (December's not drawn).
 */
@DisplayName("Plan-quality figures: a quarter's audits and samples, counted by hand")
class QualityFiguresTest {

    private static final SealedPersonalData WORDS = new SealedPersonalData("key", "sealed");
    private static final QualityFigures.Targets TARGETS = new QualityFigures.Targets(90, 25, 100, 100, 10);
    private static final List<ChecklistPublished> SHIPPED = List.of(new ChecklistPublished(ShippedChecklist.ID, 1,
            ShippedChecklist.TITLE, ShippedChecklist.SECTIONS));

    private static final class Audit {
        private final PlanAuditRecord record = new PlanAuditRecord();
        private final String id;
        private final String plan;
        private long sequence;

        Audit(String id, String plan, AuditedVersion audited, AuditorKind kind, LocalDate startedOn) {
            this.id = id;
            this.plan = plan;
            fold(new PlanAuditStarted(id, plan, audited, kind, "someone", List.of(), ShippedChecklist.ID, 1,
                    List.of("outcomes.smart", "provision.specific"), startedOn));
        }

        Audit scored(Score smart, Score specific) {
            fold(new CriterionScored(id, plan, "outcomes.smart", smart, WORDS));
            return fold(new CriterionScored(id, plan, "provision.specific", specific, WORDS));
        }

        Audit graded(Grade grade, LocalDate on) {
            return fold(new PlanAuditGraded(id, plan, grade, on, WORDS));
        }

        Audit action(String action, LocalDate dueBy, LocalDate doneOn) {
            fold(new AuditActionAgreed(id, plan, action, WORDS, "Coordinator", dueBy));
            return doneOn == null ? this : fold(new AuditActionDone(id, plan, action, doneOn));
        }

        private Audit fold(PlanAuditEvent event) {
            record.apply(event, new Recording(sequence++, Instant.parse("2026-12-01T09:00:00Z"), "someone"));
            return this;
        }
    }

    private static MonthlySampleRecord sample(YearMonth month, List<SampledPlan> population, List<String> sampled) {
        MonthlySampleRecord sample = new MonthlySampleRecord();
        LocalDate drawnOn = month.plusMonths(1).atDay(2);
        sample.apply(new MonthlySampleDrawn("sample-" + month, month, 7L, 25, population, sampled, drawnOn, drawnOn.plusDays(28)),
                new Recording(0, Instant.parse("2026-12-02T07:00:00Z"), "ehc-workflow"));
        return sample;
    }

    private static Figures quarter() {
        List<PlanAuditRecord> audits = new ArrayList<>();
        audits.add(new Audit("a1", "p1", AuditedVersion.FIRST_ISSUE, AuditorKind.MANAGER, LocalDate.of(2026, 11, 2))
                .scored(Score.MET, Score.NOT_MET).graded(Grade.GOOD, LocalDate.of(2026, 11, 3))
                .action("act-1", LocalDate.of(2026, 12, 1), null).record);
        audits.add(new Audit("a2", "p2", AuditedVersion.FIRST_ISSUE, AuditorKind.PEER, LocalDate.of(2026, 10, 5))
                .scored(Score.PARTLY_MET, Score.NOT_MET).graded(Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 10, 6))
                .action("act-2", LocalDate.of(2027, 2, 1), null).record);
        audits.add(new Audit("a3", "p3", AuditedVersion.AFTER_REVIEW, AuditorKind.MULTI_AGENCY, LocalDate.of(2026, 12, 10))
                .scored(Score.MET, Score.MET).graded(Grade.OUTSTANDING, LocalDate.of(2026, 12, 11)).record);
        // graded the day before the quarter began: not its audit; its action was done in the quarter
        audits.add(new Audit("a4", "p9", AuditedVersion.FIRST_ISSUE, AuditorKind.MANAGER, LocalDate.of(2026, 9, 29))
                .scored(Score.NOT_MET, Score.NOT_MET).graded(Grade.INADEQUATE, LocalDate.of(2026, 9, 30))
                .action("act-4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20)).record);
        // drafts peer-reviewed: p4's before its issue on 10 October, p5's after its issue on 15 October
        audits.add(new Audit("a5", "p4", AuditedVersion.DRAFT_BEFORE_ISSUE, AuditorKind.PEER, LocalDate.of(2026, 9, 28))
                .scored(Score.MET, Score.MET).graded(Grade.GOOD, LocalDate.of(2026, 10, 1)).record);
        audits.add(new Audit("a6", "p5", AuditedVersion.DRAFT_BEFORE_ISSUE, AuditorKind.PEER, LocalDate.of(2026, 10, 1))
                .scored(Score.MET, Score.MET).graded(Grade.GOOD, LocalDate.of(2026, 10, 20)).record);
        // the manager's audit of p2, begun, not graded
        audits.add(new Audit("a7", "p2", AuditedVersion.FIRST_ISSUE, AuditorKind.MANAGER, LocalDate.of(2026, 11, 5)).record);

        Map<YearMonth, MonthlySampleRecord> samples = new LinkedHashMap<>();
        samples.put(YearMonth.of(2026, 10), sample(YearMonth.of(2026, 10), List.of(
                new SampledPlan("p1", "North", LocalDate.of(2026, 10, 2)), new SampledPlan("p2", "North", LocalDate.of(2026, 10, 3)),
                new SampledPlan("p4", "South", LocalDate.of(2026, 10, 10)), new SampledPlan("p5", "South", LocalDate.of(2026, 10, 15))),
                List.of("p1", "p4")));
        samples.put(YearMonth.of(2026, 11), sample(YearMonth.of(2026, 11),
                List.of(new SampledPlan("p6", "North", LocalDate.of(2026, 11, 20))), List.of("p6")));
        return QualityFigures.figures(YearMonth.of(2026, 10), YearMonth.of(2026, 12), LocalDate.of(2027, 1, 15), null, audits,
                samples, SHIPPED, TARGETS);
    }

    @Test
    void the_quarters_audits_of_issued_plans_are_those_graded_in_it_and_two_of_three_were_good_or_better() {
        Figures figures = quarter();

        assertThat(figures.auditsGraded()).isEqualTo(3);
        assertThat(figures.plansAudited()).isEqualTo(3);
        assertThat(figures.grades()).extracting(QualityFigures.GradeCount::audits).containsExactly(1, 1, 1, 0);
        // 2 of 3 is 66.7%: more than 10 points below the target of 90, so red
        assertThat(figures.goodOrBetter()).isEqualTo(new QualityFigures.Measure(2, 3, 66.7, 90, Rating.RED));
    }

    @Test
    void each_section_counts_the_criteria_met_of_those_scored_and_the_themes_are_the_criteria_most_often_short() {
        Figures figures = quarter();

        assertThat(figures.sections()).containsExactly(new QualityFigures.SectionShare("outcomes", "Outcomes", 3, 2, 66.7),
                new QualityFigures.SectionShare("provision", "Provision specific and quantified", 3, 1, 33.3));
        assertThat(figures.themes()).extracting(QualityFigures.Theme::criterionId, QualityFigures.Theme::notMet,
                QualityFigures.Theme::partlyMet).containsExactly(tuple("provision.specific", 2, 0),
                tuple("outcomes.smart", 0, 1));
        assertThat(figures.themes().get(0).text()).startsWith("Section F's provision is detailed and specific");
    }

    @Test
    void each_months_plans_are_those_its_sample_found_audited_peer_reviewed_before_issue_and_the_sample_graded() {
        Figures figures = quarter();

        assertThat(figures.months()).containsExactly(
                new QualityFigures.MonthFigures(YearMonth.of(2026, 10), true, 4, 2, 1, 2, 1),
                new QualityFigures.MonthFigures(YearMonth.of(2026, 11), true, 1, 0, 0, 1, 0),
                new QualityFigures.MonthFigures(YearMonth.of(2026, 12), false, 0, 0, 0, 0, 0));
        // 2 of the 5 plans finalised were audited: above the target of 25%
        assertThat(figures.plansAuditedShare()).isEqualTo(new QualityFigures.Measure(2, 5, 40.0, 25, Rating.GREEN));
        assertThat(figures.peerReviewedBeforeIssue()).isEqualTo(new QualityFigures.Measure(1, 5, 20.0, 100, Rating.RED));
        assertThat(figures.sampleGraded()).isEqualTo(new QualityFigures.Measure(1, 3, 33.3, 100, Rating.RED));
    }

    @Test
    void actions_are_counted_open_and_overdue_at_the_quarters_end() {
        Figures figures = quarter();

        // act-1 was due on 1 December and is not done; act-2 is due in February; act-4 was done in October
        assertThat(figures.actionsOpen()).isEqualTo(2);
        assertThat(figures.actionsOverdue()).isEqualTo(1);
    }

    @Test
    void a_share_is_amber_within_the_amber_band_below_its_target_and_has_no_rating_with_nothing_to_count() {
        assertThat(QualityFigures.measure(85, 100, 90, TARGETS).rating()).isEqualTo(Rating.AMBER);
        assertThat(QualityFigures.measure(80, 100, 90, TARGETS).rating()).isEqualTo(Rating.AMBER);
        assertThat(QualityFigures.measure(79, 100, 90, TARGETS).rating()).isEqualTo(Rating.RED);
        assertThat(QualityFigures.measure(9, 10, 90, TARGETS).rating()).isEqualTo(Rating.GREEN);
        assertThat(QualityFigures.measure(0, 0, 90, TARGETS)).isEqualTo(new QualityFigures.Measure(0, 0, null, 90, null));
    }
}
