package uk.ehcworkflow.query.worktray;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DisputeAssigned;
import uk.ehcworkflow.events.dispute.DisputeEvent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.assessment.TestKeyStore;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.DeadlineReader;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

/**
 * The tray counts the time limits of cases and plans from their ids and reads only the page's (with
 * the rest of the days it starts and ends in); a dispute's are read whole. Whatever is chosen, each
 * page is the one judged from every time limit read whole.
 */
@DisplayName("The work tray read from the open deadlines' ids: every page as judged from every deadline")
class WorkTrayReadModelTest {

    private static final LocalDate TODAY = parse("2026-03-16");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TestKeyStore keyStore = new TestKeyStore();
    private ProjectionHarness harness;
    private OfficerWorkTray tray;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        // ids whose order as written ("a|" after "ab|") is not the tray's, many due on the same days
        List<String> cases = List.of("a", "ab", "abc", "a-b", "b", "c", "ca", "d", "e", "f");
        for (int i = 0; i < cases.size(); i++) {
            String id = cases.get(i);
            LocalDate received = TODAY.minusDays(30 + 7 * (i % 4));
            CaseFacts facts = CaseFacts.received(id, received)
                    .heldBy(i % 3 == 0 ? "officer" : "officer2", i % 2 == 0 ? "North" : "South");
            if (i % 3 != 2) {
                facts.step(Milestone.DECISION_TO_ASSESS, received.plusDays(5))
                        .adviceRequested(id + "-ep", Agency.EDUCATIONAL_PSYCHOLOGY, received.plusDays(6))
                        .adviceRequested(id + "-h", Agency.HEALTH, received.plusDays(6));
            }
            if (i == 4) {
                facts.exception(Deadline.DECISION, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null);
            }
            harness.append(facts.events());
        }
        for (String id : List.of("plan-a", "plan-ab", "plan-b")) {
            harness.append("Plan", List.<PlanEvent>of(
                    new PlanIssued(id, new SealedPersonalData(id, "c2VhbGVk"), parse("2025-03-03"), TODAY.minusDays(id.length())),
                    new PlanAssigned(id, new Holder("officer", "North"))), PlanEvent::planId);
        }
        LocalDate letter = TODAY.minusDays(20);
        harness.append(List.<AssessmentEvent>of(new MilestoneRecorded("d", Milestone.DECISION_NOT_TO_ASSESS, letter, null, null)));
        harness.append("Dispute", List.<DisputeEvent>of(
                new DisputeOpened("dispute-1", "d", AppealableDecision.DECISION_NOT_TO_ASSESS, letter, letter.plusDays(3),
                        StatutoryCalendar.mediationAdviceBy(letter), StatutoryCalendar.appealBy(letter, null)),
                new DisputeAssigned("dispute-1", "d", new Holder("officer", "North"))), DisputeEvent::disputeId);
        for (Object projection : List.of(uk.ehcworkflow.query.assessment.TestProjection.of(harness, keyStore),
                uk.ehcworkflow.query.plan.TestProjection.of(harness, keyStore),
                uk.ehcworkflow.query.dispute.TestProjection.of(harness))) {
            harness.deliver(projection, 0, harness.size());
        }
        tray = new OfficerWorkTray(new DeadlineReader(harness.database(), harness.documents()), null, null, null,
                Clock.fixed(TODAY.atStartOfDay(LONDON).toInstant(), LONDON), null);
    }

    @AfterEach
    void tearDown() {
        harness.close();
        keyStore.close();
    }

    @Test
    void every_page_of_every_choice_is_the_page_judged_from_every_deadline_read_whole() {
        WorkTray everything = tray.unnamed(choice(366, null, null, null, Paging.of(1, 500)), TODAY);
        assertThat(everything.total()).isGreaterThan(20);
        assertThat(everything.deadlines()).extracting(OpenDeadline::disputeId).contains("dispute-1");
        assertThat(everything.counts().values()).allMatch(count -> count > 0);

        List<String[]> caseloads = List.of(new String[] {null, null}, new String[] {"officer", null},
                new String[] {null, "South"});
        List<OpenDeadline.Status> statuses = new ArrayList<>(Arrays.asList(OpenDeadline.Status.values()));
        statuses.add(null);
        int compared = 0;
        for (int withinDays : List.of(0, 14, 28, 366)) {
            for (OpenDeadline.Status status : statuses) {
                for (String[] caseload : caseloads) {
                    for (int size : List.of(1, 3, 50)) {
                        long total = tray.unnamed(choice(withinDays, status, caseload[0], caseload[1], Paging.of(1, size)),
                                TODAY).total();
                        for (int page = 1; page <= total / size + 2; page++) {
                            WorkTray.Choice choice = choice(withinDays, status, caseload[0], caseload[1], Paging.of(page, size));
                            assertThat(tray.unnamed(choice, TODAY)).as("%s", choice)
                                    .isEqualTo(tray.judgedWhole(choice, TODAY));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void a_kind_or_both_an_officer_and_a_team_chosen_are_judged_from_the_deadlines_read_whole() {
        WorkTray.Choice advice = new WorkTray.Choice(366, DeadlineKind.ADVICE, null, null, null, Paging.first());
        assertThat(tray.unnamed(advice, TODAY).deadlines()).isNotEmpty()
                .allMatch(deadline -> deadline.kind() == DeadlineKind.ADVICE);
        WorkTray.Choice both = choice(366, null, "officer", "South", Paging.first());
        assertThat(tray.unnamed(both, TODAY).deadlines()).isNotEmpty()
                .allMatch(deadline -> deadline.heldBy("officer", "South"));
    }

    private static WorkTray.Choice choice(int withinDays, OpenDeadline.Status status, String officer, String team,
                                          Paging paging) {
        return new WorkTray.Choice(withinDays, null, status, officer, team, paging);
    }
}
