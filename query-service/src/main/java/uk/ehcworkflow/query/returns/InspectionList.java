package uk.ehcworkflow.query.returns;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.SenSetting;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Sex;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.dispute.DisputeState;
import uk.ehcworkflow.query.plan.PlanState;

/**
 * The person-level lists an area SEND inspection asks for, as on a day: List 1, the children and
 * young people with an EHC plan, with the columns of the inspection's annex as the LA-led Annex A
 * validator has them; those being assessed; and the requests refused in the 12 months to the
 * day (the last two lists' columns are not published: ours, UNCONFIRMED). A column the service
 * does not hold is there and empty, and named in {@link #notHeld}.
 */
public enum InspectionList {

    PLANS("List 1 EHC plans", List.of("Unique ID", "UPN", "ULN", "Date of birth", "Gender", "Ethnicity",
            "Date initial EHC plan issued", "Date updated EHC plan issued", "Date EHC plan last reviewed", "SEN primary need",
            "Main education establishment - URN", "Main education establishment - phase",
            "Subsidiary education establishment - phase", "Elective home education", "Suspensions", "Permanent exclusions",
            "Absence", "Pupil Premium", "Known to children's social care?", "Which children's social care team?",
            "Does the child or young person have a disability?"),
            Set.of("Main education establishment - phase", "Subsidiary education establishment - phase", "Suspensions",
                    "Permanent exclusions", "Absence", "Pupil Premium")),
    ASSESSMENTS("Being assessed", List.of("Unique ID", "UPN", "Date of birth", "Request received", "Stage",
            "Decision due", "Decision made", "Decision in time", "Draft plan issued", "Final plan due", "Final plan overdue",
            "Exceptions apply"), Set.of()),
    REFUSALS("Refused in the last 12 months", List.of("Unique ID", "UPN", "Date of birth", "Request received",
            "Refused on", "Decision in time", "Mediation held", "Appeal made"), Set.of());

    /** A sheet's name: at most 31 characters, as a workbook allows. */
    private final String title;
    private final List<String> columns;
    private final Set<String> notHeld;

    InspectionList(String title, List<String> columns, Set<String> notHeld) {
        this.title = title;
        this.columns = columns;
        this.notHeld = notHeld;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    /** The columns the service does not hold: present in the list, and empty. */
    public List<String> notHeld() {
        return columns.stream().filter(notHeld::contains).toList();
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The records on this list on the day. */
    ChildRecords.Scope scope(LocalDate on) {
        return switch (this) {
            case PLANS -> new ChildRecords.Scope(plan -> plan.inForceOn(on), (a, planOnList) -> planOnList);
            case ASSESSMENTS -> new ChildRecords.Scope(plan -> false, (a, planOnList) -> beingAssessed(a, on));
            case REFUSALS -> new ChildRecords.Scope(plan -> false, (a, planOnList) -> refusedOn(a, on).isPresent());
        };
    }

    /** A record's row, its cells in the order of {@link #columns}; dates as dates, a blank as null. */
    List<Object> row(ChildRecords.Opened record, LocalDate on) {
        ChildProfile p = record.child().profile() == null ? ChildProfile.NONE : record.child().profile();
        AssessmentTimeline a = record.assessment();
        return switch (this) {
            case PLANS -> {
                PlanState plan = record.plan();
                Optional<Placement> main = plan.placementsOn(on).stream().map(PlanState.PlacementHeld::placement)
                        .filter(Placement::main).findFirst();
                // a main placement of elective home education says so, whatever the child's details say
                boolean placedAtHome = main.filter(m -> m.setting() == SenSetting.EHE).isPresent();
                Boolean homeEducated = placedAtHome ? Boolean.TRUE : p.electiveHomeEducation();
                yield cells(record.sourceId(), p.upn(), p.uln(), record.child().dateOfBirth(),
                        p.sex() == null ? null : p.sex() == Sex.MALE ? "M" : "F",
                        p.ethnicity() == null ? null : p.ethnicity().name(), plan.issuedOn(), updatedOn(plan, on),
                        lastReviewedOn(plan, on), plan.needsOn(on).map(n -> n.primary().name()).orElse(null),
                        main.map(Placement::urn).orElse(null), null, null, yesNo(homeEducated), null, null, null, null,
                        yesNo(p.knownToSocialCare()), p.socialCareTeam(), yesNo(p.disability()));
            }
            case ASSESSMENTS -> {
                Optional<LocalDate> decided = stepBy(a, Milestone.DECISION_TO_ASSESS, on);
                yield cells(record.sourceId(), p.upn(), record.child().dateOfBirth(), a.requestReceivedOn(), stage(a, on),
                        a.due().decision(), decided.orElse(null),
                        decided.map(d -> yesNo(StatutoryCalendar.inTime(d, a.due().decision()))).orElse(null),
                        stepBy(a, Milestone.DRAFT_PLAN_ISSUED, on).orElse(null), a.due().finalPlan(),
                        yesNo(StatutoryCalendar.overdueOn(a.due().finalPlan(), on)), yesNo(a.exceptionsApply()));
            }
            case REFUSALS -> {
                LocalDate refused = refusedOn(a, on).orElseThrow();
                yield cells(record.sourceId(), p.upn(), record.child().dateOfBirth(), a.requestReceivedOn(), refused,
                        yesNo(StatutoryCalendar.inTime(refused, a.due().decision())),
                        yesNo(about(record, d -> d.certificate() != null && d.certificate().mediationHeld()
                                && !d.certificate().issuedOn().isAfter(on))),
                        yesNo(about(record, d -> d.appeal() != null && !d.appeal().receivedOn().isAfter(on))));
            }
        };
    }

    private static boolean about(ChildRecords.Opened record, Predicate<DisputeState> happened) {
        return record.disputes().stream().filter(d -> d.decision() == AppealableDecision.DECISION_NOT_TO_ASSESS).anyMatch(happened);
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    /** Received by the day and not yet ended by it: no step by then closes it, or an order reopened it. */
    private static boolean beingAssessed(AssessmentTimeline a, LocalDate on) {
        return a.requestReceivedOn() != null && !a.requestReceivedOn().isAfter(on) && a.milestones().stream()
                .filter(step -> !step.occurredOn().isAfter(on))
                .noneMatch(step -> step.milestone().closesTheAssessment() && !a.overturned(step));
    }

    /** The day the request was refused, when that was in the 12 months to the day. */
    private static Optional<LocalDate> refusedOn(AssessmentTimeline a, LocalDate on) {
        return a.on(Milestone.DECISION_NOT_TO_ASSESS).filter(day -> !day.isAfter(on) && day.isAfter(on.minusMonths(12)));
    }

    private static Optional<LocalDate> stepBy(AssessmentTimeline a, Milestone milestone, LocalDate on) {
        return a.on(milestone).filter(day -> !day.isAfter(on));
    }

    private static String stage(AssessmentTimeline a, LocalDate on) {
        if (stepBy(a, Milestone.DRAFT_PLAN_ISSUED, on).isPresent()) {
            return "Draft plan issued";
        }
        return stepBy(a, Milestone.DECISION_TO_ASSESS, on).isPresent() || !a.reopenings().isEmpty()
                ? "Assessing" : "Awaiting the decision whether to assess";
    }

    /** The latest plan issued since the first: an amended plan, a transfer's amended plan or a re-assessed plan. */
    private static LocalDate updatedOn(PlanState plan, LocalDate on) {
        return Stream.of(plan.reviews().stream().map(PlanState.Review::amendedPlanIssuedOn),
                        plan.transfers().stream().map(PlanState.Transfer::amendedPlanIssuedOn),
                        plan.reassessments().stream().map(PlanState.Reassessment::issuedOn))
                .flatMap(days -> days).filter(day -> day != null && !day.isAfter(on)).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static LocalDate lastReviewedOn(PlanState plan, LocalDate on) {
        return plan.reviews().stream().map(PlanState.Review::decidedOn).filter(day -> day != null && !day.isAfter(on))
                .max(Comparator.naturalOrder()).orElse(plan.lastReviewDecisionBeforeRegistration());
    }
}
