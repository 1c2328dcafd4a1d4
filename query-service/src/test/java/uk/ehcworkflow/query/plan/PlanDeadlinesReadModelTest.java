package uk.ehcworkflow.query.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.assessment.TestKeyStore;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;
import uk.ehcworkflow.query.readmodel.Recording;

@DisplayName("The open deadlines of plans: the overdue list and its counts read without opening a plan")
class PlanDeadlinesReadModelTest {

    private static final LocalDate TODAY = parse("2026-03-31");

    private final TestKeyStore keyStore = new TestKeyStore();
    private ProjectionHarness harness;
    private PlanTimelineProjection projection;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new PlanTimelineProjection(harness.collections(), keyStore.childIndex());
        plan(new PlanIssued("late", child("late"), parse("2024-03-05"), parse("2025-03-04")),
                new PlanAssigned("late", new Holder("officer", "North")),
                // a meeting on the last day of August is six months old on the last day of February
                new ReviewMeetingHeld("late", parse("2025-08-31"), parse("2025-09-28")));
        plan(new PlanRegistered("registered", child("registered"), parse("2023-03-05"), parse("2025-02-10"),
                parse("2026-02-09"), null, null, null, null));
        plan(new PlanIssued("on-time", child("on-time"), parse("2025-06-02"), parse("2026-06-01")));
        plan(new PlanIssued("ceased", child("ceased"), parse("2024-01-08"), parse("2025-01-07")),
                new PlanCeased("ceased", parse("2024-11-01"), CessationReason.NEEDS_MET));
    }

    @AfterEach
    void tearDown() {
        harness.close();
        keyStore.close();
    }

    private void plan(PlanEvent... events) {
        harness.append("Plan", List.of(events), PlanEvent::planId);
    }

    private static SealedPersonalData child(String planId) {
        return new SealedPersonalData(planId, "c2VhbGVk");
    }

    /** A reader whose today is the day given: today's list is read from the open deadlines, another day's from every plan. */
    private PlanReader readerOn(LocalDate today) {
        return new PlanReader(harness.database(), harness.documents(), null,
                new DeadlineReader(harness.database(), harness.documents()),
                Clock.fixed(today.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")));
    }

    @Test
    void todays_overdue_list_and_its_counts_from_the_open_deadlines_are_those_judged_from_every_plan() {
        harness.deliver(projection, 0, harness.size());

        OverduePlans fromDeadlines = readerOn(TODAY).overdueOn(TODAY, Paging.first());
        OverduePlans fromEveryPlan = readerOn(TODAY.plusDays(1)).overdueOn(TODAY, Paging.first());

        assertThat(fromDeadlines).isEqualTo(fromEveryPlan);
        assertThat(fromDeadlines.shown()).extracting(OverduePlans.Entry::planId)
                .containsExactly("late", "late", "registered");
        assertThat(fromDeadlines.incompleteReviews()).isEqualTo(new OverduePlans.IncompleteReviews(1, 0, 0));
        assertThat(fromDeadlines.plansInForce()).isEqualTo(3);
    }

    /**
     * Today's page is read from the ids, by due date and then by plan as the ids spell it ("a|0" after
     * "ab|0"), and only the days it starts and ends in are opened; the list is ordered by plan and
     * deadline within a day. Every page, of every size, is the one judged from every plan.
     */
    @Test
    void each_page_of_todays_overdue_list_read_from_the_ids_is_that_page_of_the_list_judged_from_every_plan() {
        for (String planId : List.of("a", "ab", "abc", "a-b", "b", "c", "ca")) {
            boolean dueLater = planId.startsWith("c");
            plan(new PlanIssued(planId, child(planId), parse("2024-03-05"), parse(dueLater ? "2025-05-06" : "2025-03-04")),
                    new ReviewMeetingHeld(planId, parse("2025-02-03"), parse("2025-03-03")));
        }
        harness.deliver(projection, 0, harness.size());

        long total = readerOn(TODAY).overdueOn(TODAY, Paging.first()).total();
        assertThat(total).isGreaterThan(9);
        for (int size = 1; size <= total + 1; size++) {
            for (int page = 1; page <= total / size + 2; page++) {
                Paging paging = Paging.of(page, size);
                assertThat(readerOn(TODAY).overdueOn(TODAY, paging)).as("page %d, %d to a page", page, size)
                        .isEqualTo(readerOn(TODAY.plusDays(1)).overdueOn(TODAY, paging));
            }
        }
    }

    @Test
    void a_review_meeting_counts_as_six_months_old_on_the_day_adding_the_months_reaches() {
        harness.deliver(projection, 0, harness.size());

        for (LocalDate day : List.of(parse("2026-02-27"), parse("2026-02-28"), parse("2026-03-01"))) {
            assertThat(readerOn(day).overdueOn(day, Paging.first()).incompleteReviews())
                    .as("on %s", day).isEqualTo(readerOn(day.plusDays(1)).overdueOn(day, Paging.first()).incompleteReviews());
        }
        assertThat(OverduePlans.lastMeetingAtLeast(6, parse("2026-02-28"))).isEqualTo(parse("2025-08-31"));
        assertThat(OverduePlans.lastMeetingAtLeast(6, parse("2026-02-27"))).isEqualTo(parse("2025-08-27"));
    }

    @Test
    void the_review_figures_read_from_their_counters_are_those_counted_from_every_plan_now_and_as_known_before() {
        Instant before = Instant.parse("2026-02-01T00:00:00Z");
        harness.recordAt(before.minusSeconds(60));
        List<PlanEvent> early = List.of(new PlanIssued("early", child("early"), parse("2024-09-02"), parse("2025-09-01")),
                new ReviewMeetingHeld("early", parse("2025-07-01"), parse("2025-07-29")),
                new ReviewDecisionNotified("early", ReviewDecision.MAINTAIN, parse("2025-07-20"), parse("2025-07-01"),
                        parse("2025-07-29"), parse("2026-07-20"), null, parse("2025-07-20")));
        plan(early.toArray(PlanEvent[]::new));
        harness.recordAt(before.plusSeconds(60));
        plan(new PlanCeased("early", parse("2025-12-01"), CessationReason.MOVED_TO_ANOTHER_LA));
        harness.deliver(projection, 0, 5);
        harness.deliver(projection, 0, harness.size());
        harness.deliver(projection, 3, harness.size());

        PlanReader reader = readerOn(TODAY);
        for (Period period : List.of(new Period(parse("2025-01-01"), parse("2025-12-31")),
                new Period(parse("2025-07-15"), parse("2025-11-30")), new Period(parse("2024-01-01"), TODAY))) {
            assertThat(reader.figures(period, null)).as("%s", period)
                    .isEqualTo(ReviewFigures.of(period, states(harness.events(PlanEvent.class))));
            // the plans set up were recorded today, long after; the early plan's cessation a minute after
            assertThat(reader.figures(period, before)).as("%s as known before the cessation", period)
                    .isEqualTo(ReviewFigures.of(period, states(early)));
        }
        assertThat(reader.figures(new Period(parse("2025-01-01"), parse("2025-12-31")), null).plansCeased()).isEqualTo(1);
    }

    /** Every plan as these events leave it, counted from scratch. */
    private static List<PlanState> states(List<PlanEvent> events) {
        java.util.Map<String, PlanTimeline> plans = new java.util.LinkedHashMap<>();
        for (PlanEvent event : events) {
            plans.computeIfAbsent(event.planId(), id -> new PlanTimeline())
                    .apply(event, new Recording(plans.get(event.planId()).lastSequence() + 1, Instant.EPOCH, "officer"));
        }
        return plans.values().stream().map(PlanTimeline::state).toList();
    }

    @Test
    void each_plan_is_counted_in_force_once_however_often_its_events_are_delivered() {
        harness.deliver(projection, 0, 3);
        harness.deliver(projection, 0, harness.size());
        harness.deliver(projection, 2, harness.size());

        assertThat(readerOn(TODAY).plansInForce()).isEqualTo(3);
    }
}
