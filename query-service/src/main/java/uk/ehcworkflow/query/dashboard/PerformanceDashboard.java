package uk.ehcworkflow.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.common.Figures;
import uk.ehcworkflow.query.dashboard.PublishableFigure.Count;
import uk.ehcworkflow.query.dashboard.PublishableFigure.Percent;
import uk.ehcworkflow.query.dashboard.PublishableFigure.Weeks;
import uk.ehcworkflow.query.dashboard.PublishableFigure.Withheld;
import uk.ehcworkflow.query.dispute.DisputeFigures;
import uk.ehcworkflow.query.improvement.PlanSummary;
import uk.ehcworkflow.query.panel.PanelReports;
import uk.ehcworkflow.query.plan.ReviewFigures;
import uk.ehcworkflow.query.timeliness.TimelinessFigures;
import uk.ehcworkflow.query.timeliness.TimelinessReport;

/**
 * The monthly performance dashboard a local area's boards read: the headline figures for a
 * period beside England's, the annual reviews of the plans in force, disputes and appeals, the
 * trends month by month,
 * panel coverage by agency and the Written
 * Statement of Action's state. Aggregate figures only: it names no child and no case.
 *
 * @param knownAt the instant the figures are as known at, or null for now
 */
record PerformanceDashboard(DashboardPeriod period, Instant knownAt, LocalDate today, List<Headline> headlines,
                            List<Headline> advice, List<Headline> reviews, List<Headline> disputes, Trend lastTwelveMonths, Trend lastTwentyFourMonths,
                            PanelReports.CoverageReport panels, PlanSummary plan) {

    /** One headline figure, with England's where the national statistics publish one. */
    record Headline(String id, String label, PublishableFigure value, String england) {
    }

    /** Figures month by month, each series a line of the chart and a row of its table. */
    record Trend(String id, String title, List<String> months, List<Series> series) {
    }

    record Series(String label, List<PublishableFigure> values) {

        /** Whether the series is of percentages (drawn on a 0 to 100 axis), not counts. */
        boolean percentages() {
            return values.stream().anyMatch(value -> value instanceof Percent
                    || value instanceof Withheld withheld && withheld.figure() instanceof Percent);
        }
    }

    static List<Headline> headlines(TimelinessFigures f) {
        long withoutExceptions = f.finalPlansIssued() - f.plansWithExceptions();
        long decided = f.agreedToAssess() + f.refusedToAssess();
        long issued = f.finalPlansIssued();
        return List.of(
                new Headline("within-20-excluding", "EHC plans issued within 20 weeks, excluding exceptions",
                        new Percent(f.percentWithinTwentyWeeksExcludingExceptions(), withoutExceptions),
                        England.WITHIN_TWENTY_WEEKS_EXCLUDING_EXCEPTIONS),
                new Headline("within-20-including", "EHC plans issued within 20 weeks, including exceptions",
                        new Percent(f.percentWithinTwentyWeeksIncludingExceptions(), issued),
                        England.WITHIN_TWENTY_WEEKS_INCLUDING_EXCEPTIONS),
                new Headline("plans-issued", "EHC plans issued", new Count(issued), England.PLANS_ISSUED),
                new Headline("requests", "Requests for an assessment received", new Count(f.requestsReceived()), null),
                new Headline("refused", "Requests refused", new Percent(f.percentRefused(), f.requestsReceived()),
                        England.REFUSED),
                new Headline("decided-within-6", "Decisions whether to assess made within 6 weeks",
                        new Percent(f.percentDecidedWithinSixWeeks(), decided), England.DECIDED_WITHIN_SIX_WEEKS),
                new Headline("not-to-issue-within-16", "Decisions not to issue a plan made within 16 weeks",
                        new Percent(f.percentNotToIssueWithinSixteenWeeks(), f.decisionsNotToIssue()),
                        England.NOT_TO_ISSUE_WITHIN_SIXTEEN_WEEKS),
                new Headline("notified-within-5", "Families sent the letter of a decision within 5 working days",
                        new Percent(f.notices().percentWithinFiveWorkingDays(), f.notices().owed()), null),
                new Headline("advice-missing", "Plans issued before all advice had arrived",
                        new Count(f.issuedWithAdviceMissing()), null),
                new Headline("average-weeks", "Average time from request to plan, excluding exceptions",
                        new Weeks(f.averageWeeksToIssueExcludingExceptions(), withoutExceptions), null),
                new Headline("average-weeks-including", "Average time from request to plan, including exceptions",
                        new Weeks(f.averageWeeksToIssue(), issued), null),
                new Headline("band-20", "Plans issued within 20 weeks", new Count(f.bands().withinTwentyWeeks()), null),
                new Headline("band-52", "Plans issued in 20 to 52 weeks", new Count(f.bands().twentyToFiftyTwoWeeks()), null),
                new Headline("band-over-52", "Plans issued after more than 52 weeks",
                        new Percent(Figures.percent(f.bands().overFiftyTwoWeeks(), issued), issued),
                        England.OVER_FIFTY_TWO_WEEKS));
    }

    /** The annual reviews as the national statistics (from 2025) and an FOI ask about them. */
    static List<Headline> reviews(ReviewFigures r) {
        long decisions = r.reviewDecisions().values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                new Headline("review-decisions-within-4", "Annual review decisions made within 4 weeks of the meeting",
                        new Percent(r.percentDecisionsWithinFourWeeks(), decisions),
                        England.REVIEW_DECISIONS_WITHIN_FOUR_WEEKS),
                new Headline("reviews-within-12-months", "Annual reviews due that were decided within 12 months",
                        new Percent(r.percentReviewsCompletedWithinTwelveMonths(), r.reviewsDue()), null),
                new Headline("plans-in-force", "EHC plans in force at the end of the period", new Count(r.plansInForce()),
                        England.PLANS_IN_FORCE),
                new Headline("review-meetings", "Annual review meetings held", new Count(r.reviewMeetingsHeld()), null),
                new Headline("amended-within-8", "Amended plans issued within 8 weeks of the amendment notice",
                        new Percent(r.percentAmendedWithinEightWeeks(), r.amendedPlansIssued()), null),
                new Headline("phase-transfers-in-time", "Phase transfers with the new setting named in time",
                        new Percent(r.percentNamedInTime(), r.phaseTransfersDue()), null),
                new Headline("reassessments-within-14", "Re-assessed plans issued within 14 weeks",
                        new Percent(r.percentReassessmentsWithinFourteenWeeks(), r.reassessmentsCompleted()), null),
                new Headline("plans-ceased", "EHC plans ceased", new Count(r.plansCeased()), null));
    }

    /** Disagreement resolution as the tribunal's statistics and the public report cards put it. */
    static List<Headline> disputes(DisputeFigures f) {
        return List.of(
                new Headline("appeal-rate", "Appeals registered, per appealable decision notified",
                        new Percent(f.appealRate(), f.appealableDecisionsNotified()), England.APPEAL_RATE),
                new Headline("appeals-registered", "Appeals registered", new Count(f.appealsRegistered()), null),
                new Headline("family-favour", "Appeals the tribunal decided in the family's favour",
                        new Percent(f.percentInFamilysFavour(), f.decidedAppeals()), England.IN_FAMILYS_FAVOUR),
                new Headline("appeals-conceded", "Appeals the local authority conceded", new Count(f.appealsConceded()),
                        null),
                new Headline("mediation-cases", "Families who contacted a mediation adviser", new Count(f.mediationCases()),
                        null),
                new Headline("resolved-by-mediation", "Mediations that resolved the disagreement, wholly or in part",
                        new Percent(f.percentResolvedByMediation(), f.mediationsHeld()), null),
                new Headline("orders-in-time", "Tribunal orders carried out in time",
                        new Percent(f.percentCompliedInTime(), f.ordersDue()), null));
    }

    static List<Headline> advice(TimelinessFigures f) {
        List<Headline> rows = new ArrayList<>();
        for (Map.Entry<Agency, TimelinessFigures.AdviceFigures> agency : f.advice().entrySet()) {
            rows.add(new Headline("advice-" + agency.getKey().name().toLowerCase(Locale.UK),
                    "Advice from " + agency.getKey().name().replace('_', ' ').toLowerCase(Locale.UK)
                            + " given within 6 weeks",
                    new Percent(agency.getValue().percentWithinSixWeeks(), agency.getValue().submitted()), null));
        }
        return rows;
    }

    /** The trends' series of counts that add up to the period's own figures, named once for {@link Disclosure}. */
    static final String REQUESTS_SERIES = "Requests received";
    static final String PLANS_SERIES = "Plans issued";

    static Trend trend(String id, String title, TimelinessReport report) {
        List<String> months = report.months().stream().map(TimelinessReport.Month::month).toList();
        List<Series> series = List.of(
                new Series("Plans within 20 weeks, excluding exceptions (%)", report.months().stream().map(month -> (PublishableFigure)
                        new Percent(month.figures().percentWithinTwentyWeeksExcludingExceptions(),
                                month.figures().finalPlansIssued() - month.figures().plansWithExceptions())).toList()),
                new Series("Decisions within 6 weeks (%)", report.months().stream().map(month -> (PublishableFigure)
                        new Percent(month.figures().percentDecidedWithinSixWeeks(),
                                month.figures().agreedToAssess() + month.figures().refusedToAssess())).toList()),
                new Series(REQUESTS_SERIES, report.months().stream()
                        .map(month -> (PublishableFigure) new Count(month.figures().requestsReceived())).toList()),
                new Series(PLANS_SERIES, report.months().stream()
                        .map(month -> (PublishableFigure) new Count(month.figures().finalPlansIssued())).toList()));
        return new Trend(id, title, months, series);
    }
}
