package uk.ehcworkflow.command.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.child.ChildProfiles;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.privacy.ErasingVault;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.quality.AuditActionAgreed;
import uk.ehcworkflow.events.quality.AuditActionDone;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.CriterionScored;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.PlanAuditClosed;
import uk.ehcworkflow.events.quality.PlanAuditGraded;
import uk.ehcworkflow.events.quality.PlanAuditStarted;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.events.quality.ShippedChecklist;

@DisplayName("An audit of a plan's quality: scored against its checklist version, graded, its actions agreed, closed")
class PlanAuditTest {

    private static final String AUDIT = "audit-1";
    private static final String PLAN = "plan-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate STARTED_ON = LocalDate.of(2026, 11, 2);
    private static final Map<String, String> MANAGER = Map.of(ActorMetadata.USER, "manager-1", ActorMetadata.ROLE, "MANAGER");
    /** A two-criterion checklist, as an area might publish: version 3. */
    private static final ChecklistVersion PUBLISHED = new ChecklistVersion(ShippedChecklist.ID, 3, "Our checklist", List.of(
            new ChecklistSection("outcomes", "Outcomes", List.of(new Criterion("outcomes.smart", "SMART", "CoP 9.66"))),
            new ChecklistSection("provision", "Provision", List.of(new Criterion("provision.specific", "Specific", "CoP 9.69")))));
    private static final PlanAuditStarted STARTED = new PlanAuditStarted(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE,
            AuditorKind.MANAGER, "manager-1", List.of(), ShippedChecklist.ID, 3, List.of("outcomes.smart", "provision.specific"),
            STARTED_ON);
    private static final CriterionScored SMART = new CriterionScored(AUDIT, PLAN, "outcomes.smart", Score.MET, null);
    /** What the auditors' words become in the events: sealed under the child's key. */
    private static final SealedPersonalData WORDS = new SealedPersonalData(PLAN, ErasingVault.SEALED);
    private static final CriterionScored VAGUE = new CriterionScored(AUDIT, PLAN, "provision.specific", Score.NOT_MET, WORDS);
    private static final PlanAuditGraded GRADED = new PlanAuditGraded(AUDIT, PLAN, Grade.REQUIRES_IMPROVEMENT,
            LocalDate.of(2026, 11, 3), WORDS);
    private static final AuditActionAgreed QUANTIFY = new AuditActionAgreed(AUDIT, PLAN, "act-1", WORDS, "Coordinator",
            LocalDate.of(2026, 12, 1));

    /** What the audit's command sees of plans and checklist: which plans exist, and which audits re-audit which. */
    static final class FakePlans extends AuditedPlans {
        final Map<String, LocalDate> issued = new HashMap<>(Map.of(PLAN, LocalDate.of(2026, 10, 1)));
        final List<String> reAudits = new ArrayList<>();

        FakePlans() {
            super(null, null, null, null);
        }

        @Override
        void requireAuditable(String planId, AuditedVersion audited, LocalDate startedOn) {
            if (!issued.containsKey(planId)) {
                throw new UnknownReference("planId", "No plan " + planId + " is known.");
            }
            Dates.notBefore("startedOn", startedOn, "the plan first issued", issued.get(planId));
        }

        @Override
        ChecklistVersion checklist() {
            return PUBLISHED;
        }

        @Override
        void requireReAudit(String reAuditId, String planId, LocalDate startedOn) {
            if (!reAudits.contains(reAuditId)) {
                throw new RuleBroken(NOT_A_RE_AUDIT, "reAuditId", "not a re-audit");
            }
        }
    }

    private final FakePlans plans = new FakePlans();
    private final ErasingVault vault = new ErasingVault();
    private FixtureConfiguration<PlanAudit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlanAudit.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(plans);
        fixture.registerInjectableResource(vault);
    }

    @Test
    void an_audit_starts_against_the_checklist_as_it_stands_and_keeps_its_version_and_criteria() {
        fixture.givenNoPriorActivity()
                .when(new StartPlanAudit(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE, AuditorKind.MANAGER, List.of(), STARTED_ON), MANAGER)
                .expectEvents(STARTED);
    }

    @Test
    void a_plan_not_known_or_an_audit_dated_before_the_plan_was_issued_or_in_the_future_is_refused() {
        refusedFor(fixture.givenNoPriorActivity().when(new StartPlanAudit(AUDIT, "plan-none", AuditedVersion.FIRST_ISSUE,
                AuditorKind.MANAGER, List.of(), STARTED_ON), MANAGER), UnknownReference.class, "planId");
        refusedFor(fixture.givenNoPriorActivity().when(new StartPlanAudit(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE,
                AuditorKind.MANAGER, List.of(), LocalDate.of(2026, 9, 30)), MANAGER), RuleBroken.class, Dates.STEPS_IN_ORDER);
        refusedFor(fixture.givenNoPriorActivity().when(new StartPlanAudit(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE,
                AuditorKind.MANAGER, List.of(), TODAY.plusDays(1)), MANAGER), RuleBroken.class, Dates.DATE_IN_FUTURE);
    }

    @Test
    void a_multi_agency_audit_names_the_agencies_that_took_part() {
        refusedFor(fixture.givenNoPriorActivity().when(new StartPlanAudit(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE,
                        AuditorKind.MULTI_AGENCY, List.of(Agency.HEALTH), STARTED_ON), MANAGER),
                RuleBroken.class, PlanAudit.AGENCIES_FOR_MULTI_AGENCY);
        fixture.givenNoPriorActivity().when(new StartPlanAudit(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE, AuditorKind.MULTI_AGENCY,
                        List.of(Agency.HEALTH, Agency.SOCIAL_CARE, Agency.EDUCATION), STARTED_ON), MANAGER)
                .expectEvents(new PlanAuditStarted(AUDIT, PLAN, AuditedVersion.FIRST_ISSUE, AuditorKind.MULTI_AGENCY, "manager-1",
                        List.of(Agency.HEALTH, Agency.SOCIAL_CARE, Agency.EDUCATION), ShippedChecklist.ID, 3,
                        List.of("outcomes.smart", "provision.specific"), STARTED_ON));
    }

    @Test
    void only_the_versions_criteria_are_scored_and_what_falls_short_says_why() {
        fixture.given(STARTED).when(new ScoreCriterion(AUDIT, "provision.specific", Score.NOT_MET,
                "Speech and language therapy is not quantified")).expectEvents(VAGUE);
        refusedFor(fixture.given(STARTED).when(new ScoreCriterion(AUDIT, "voice.views", Score.MET, null)),
                RuleBroken.class, PlanAudit.UNKNOWN_CRITERION);
        refusedFor(fixture.given(STARTED).when(new ScoreCriterion(AUDIT, "outcomes.smart", Score.PARTLY_MET, " ")),
                RuleBroken.class, PlanAudit.COMMENT_NEEDED);
    }

    @Test
    void the_auditors_words_are_sealed_under_the_childs_key_and_none_are_written_once_it_is_erased() {
        fixture.given(STARTED).when(new ScoreCriterion(AUDIT, "outcomes.smart", Score.MET, "  "))
                .expectEvents(SMART);
        fixture.given(STARTED).when(new ScoreCriterion(AUDIT, "provision.specific", Score.NOT_MET,
                " Speech and language therapy is not quantified ")).expectEvents(VAGUE);
        assertThat(vault.sealedMore())
                .containsExactly(new AuditWords("Speech and language therapy is not quantified"));

        vault.erase(PLAN);
        refusedFor(fixture.given(STARTED).when(new ScoreCriterion(AUDIT, "provision.specific", Score.NOT_MET, "Vague")),
                RuleBroken.class, ChildProfiles.PERSONAL_DATA_ERASED);
    }

    @Test
    void the_plan_is_graded_only_once_every_criterion_is_scored_and_its_scores_are_then_final() {
        refusedFor(fixture.given(STARTED, SMART).when(new GradeAudit(AUDIT, Grade.GOOD, LocalDate.of(2026, 11, 3), null)),
                RuleBroken.class, PlanAudit.CRITERIA_NOT_SCORED);
        fixture.given(STARTED, SMART, VAGUE)
                .when(new GradeAudit(AUDIT, Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 11, 3), "Provision vague"))
                .expectEvents(GRADED);
        refusedFor(fixture.given(STARTED, SMART, VAGUE, GRADED).when(new ScoreCriterion(AUDIT, "provision.specific", Score.MET,
                null)), RuleBroken.class, PlanAudit.ALREADY_GRADED);
        refusedFor(fixture.given(STARTED, SMART, VAGUE).when(new GradeAudit(AUDIT, Grade.GOOD, LocalDate.of(2026, 11, 1), null)),
                RuleBroken.class, Dates.STEPS_IN_ORDER);
    }

    @Test
    void an_audit_closes_when_its_actions_are_done_or_the_plan_was_audited_again() {
        refusedFor(fixture.given(STARTED, SMART, VAGUE).when(new ClosePlanAudit(AUDIT, TODAY, null)),
                RuleBroken.class, PlanAudit.NOT_GRADED);
        refusedFor(fixture.given(STARTED, SMART, VAGUE, GRADED, QUANTIFY).when(new ClosePlanAudit(AUDIT, TODAY, null)),
                RuleBroken.class, PlanAudit.ACTIONS_OPEN);
        AuditActionDone quantified = new AuditActionDone(AUDIT, PLAN, "act-1", LocalDate.of(2026, 11, 15));
        fixture.given(STARTED, SMART, VAGUE, GRADED, QUANTIFY)
                .when(new CompleteAuditAction(AUDIT, "act-1", LocalDate.of(2026, 11, 15))).expectEvents(quantified);
        fixture.given(STARTED, SMART, VAGUE, GRADED, QUANTIFY, quantified).when(new ClosePlanAudit(AUDIT, TODAY, null))
                .expectEvents(new PlanAuditClosed(AUDIT, PLAN, TODAY, null));

        plans.reAudits.add("audit-2");
        fixture.given(STARTED, SMART, VAGUE, GRADED, QUANTIFY).when(new ClosePlanAudit(AUDIT, TODAY, "audit-2"))
                .expectEvents(new PlanAuditClosed(AUDIT, PLAN, TODAY, "audit-2"));
        refusedFor(fixture.given(STARTED, SMART, VAGUE, GRADED, QUANTIFY).when(new ClosePlanAudit(AUDIT, TODAY, "audit-9")),
                RuleBroken.class, PlanAudit.NOT_A_RE_AUDIT);
        refusedFor(fixture.given(STARTED, SMART, VAGUE, GRADED, QUANTIFY).when(new ClosePlanAudit(AUDIT, TODAY, AUDIT)),
                RuleBroken.class, PlanAudit.NOT_A_RE_AUDIT);
    }

    @Test
    void actions_are_agreed_once_done_once_and_nothing_changes_a_closed_audit() {
        fixture.given(STARTED, SMART, VAGUE, GRADED)
                .when(new AgreeAuditAction(AUDIT, "act-1", "Quantify the therapy", "Coordinator", LocalDate.of(2026, 12, 1)))
                .expectEvents(QUANTIFY);
        refusedFor(fixture.given(STARTED, QUANTIFY).when(new AgreeAuditAction(AUDIT, "act-1", "Again", "Someone",
                LocalDate.of(2026, 12, 1))), RuleBroken.class, PlanAudit.ACTION_ALREADY_AGREED);
        refusedFor(fixture.given(STARTED, QUANTIFY).when(new CompleteAuditAction(AUDIT, "act-9", TODAY)),
                RuleBroken.class, PlanAudit.UNKNOWN_ACTION);
        AuditActionDone quantified = new AuditActionDone(AUDIT, PLAN, "act-1", LocalDate.of(2026, 11, 15));
        refusedFor(fixture.given(STARTED, QUANTIFY, quantified).when(new CompleteAuditAction(AUDIT, "act-1", TODAY)),
                RuleBroken.class, PlanAudit.ACTION_ALREADY_DONE);
        refusedFor(fixture.given(STARTED, SMART, VAGUE, GRADED, new PlanAuditClosed(AUDIT, PLAN, TODAY, null))
                .when(new AgreeAuditAction(AUDIT, "act-2", "More", "Someone", TODAY)), RuleBroken.class, PlanAudit.AUDIT_CLOSED);
    }
}
