package uk.ehcworkflow.query.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.Score;

/**
 * The area's plan-quality figures for a run of whole months (ADR 52): the audits graded in them,
 * the share graded good or better, each checklist section's share met, the criteria most often
 * not met, and, from each month's sample (ADR 51), the share of the month's plans audited, the
 * share peer-reviewed before issue and the share of the sample graded; each share rated against
 * the area's target. Aggregate only: no plan, child or auditor is named.
 */
@Component
public class QualityFigures {

    /** How many of the criteria most often falling short are named as themes. */
    static final int THEMES = 5;

    /** The four shares the area sets targets for: an improvement plan's measure can take its actual from one (ADR 52). */
    public enum Share { GOOD_OR_BETTER, PLANS_AUDITED, PEER_REVIEWED, SAMPLE_GRADED }

    /** A share rated against the area's target: green at or above it, amber within the amber band below, red below that. */
    public enum Rating { GREEN, AMBER, RED }

    /** The area's targets, as percentages, and how far below one is amber rather than red. */
    public record Targets(int goodOrBetter, int plansAudited, int peerReviewed, int sampleGraded, int amberPoints) {
    }

    /** A count of how many; {@code percent} and {@code rating} are null when there was nothing to count of. */
    public record Measure(int count, int of, Double percent, int target, Rating rating) {
    }

    public record GradeCount(Grade grade, int audits) {
    }

    /** A section of the checklist: of the criteria scored in it, how many were met. */
    public record SectionShare(String sectionId, String title, int scored, int met, Double percent) {
    }

    /** A criterion that fell short, and how often. */
    public record Theme(String criterionId, String text, int notMet, int partlyMet) {
    }

    /**
     * One month's plans, as its sample found them: how many were finalised, audited (any audit of the
     * issued plan graded by the figures' day), peer-reviewed before issue, drawn, and whose drawn audit is graded.
     */
    public record MonthFigures(YearMonth month, boolean sampleDrawn, int finalised, int audited, int peerReviewed, int sampled,
                               int sampleGraded) {
    }

    /** The figures of the months {@code from} to {@code to}, as known at {@code knownAt} (null: now), on the day {@code on}. */
    public record Figures(YearMonth from, YearMonth to, LocalDate on, Instant knownAt, int auditsGraded, int plansAudited,
                          List<GradeCount> grades, Measure goodOrBetter, Measure plansAuditedShare, Measure peerReviewedBeforeIssue,
                          Measure sampleGraded, List<SectionShare> sections, List<Theme> themes, int actionsOpen,
                          int actionsOverdue, List<MonthFigures> months) {

        public Measure share(Share share) {
            return switch (share) {
                case GOOD_OR_BETTER -> goodOrBetter;
                case PLANS_AUDITED -> plansAuditedShare;
                case PEER_REVIEWED -> peerReviewedBeforeIssue;
                case SAMPLE_GRADED -> sampleGraded;
            };
        }
    }

    private final PlanAuditReader audits;
    private final MonthlySampleReader samples;
    private final ChecklistReader checklists;
    private final Clock clock;
    private final Targets targets;

    QualityFigures(PlanAuditReader audits, MonthlySampleReader samples, ChecklistReader checklists, Clock clock,
                   @Value("${ehc.quality.targets.good-or-better}") int goodOrBetter,
                   @Value("${ehc.quality.targets.plans-audited}") int plansAudited,
                   @Value("${ehc.quality.targets.peer-reviewed}") int peerReviewed,
                   @Value("${ehc.quality.targets.sample-graded}") int sampleGraded,
                   @Value("${ehc.quality.targets.amber-points}") int amberPoints) {
        this.audits = audits;
        this.samples = samples;
        this.checklists = checklists;
        this.clock = clock;
        this.targets = new Targets(goodOrBetter, plansAudited, peerReviewed, sampleGraded, amberPoints);
    }


    /** The figures now, or as they were known at an instant. */
    public Figures of(YearMonth from, YearMonth to, Instant knownAt) {
        LocalDate on = knownAt == null ? LocalDate.now(clock) : knownAt.atZone(clock.getZone()).toLocalDate();
        List<PlanAuditRecord> known = knownAt == null ? audits.all() : audits.all(knownAt);
        Map<YearMonth, MonthlySampleRecord> drawn = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            samples.record(month).filter(sample -> knownAt == null || !sample.recordedAt().isAfter(knownAt))
                    .ifPresent(sample -> drawn.put(sample.month(), sample));
        }
        List<ChecklistPublished> versions = checklists.versions();
        return figures(from, to, on, knownAt, known, drawn, versions, targets);
    }

    static Figures figures(YearMonth from, YearMonth to, LocalDate on, Instant knownAt, List<PlanAuditRecord> audits,
                           Map<YearMonth, MonthlySampleRecord> samples, List<ChecklistPublished> versions, Targets targets) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        List<PlanAuditRecord> graded = audits.stream().filter(audit -> audit.audited() != AuditedVersion.DRAFT_BEFORE_ISSUE
                && audit.grade() != null && !audit.gradedOn().isBefore(first) && !audit.gradedOn().isAfter(last)).toList();
        List<GradeCount> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            grades.add(new GradeCount(grade, (int) graded.stream().filter(audit -> audit.grade() == grade).count()));
        }
        int goodOrBetter = (int) graded.stream().filter(audit -> audit.grade() == Grade.OUTSTANDING || audit.grade() == Grade.GOOD)
                .count();
        Set<String> plansAudited = new HashSet<>();
        graded.forEach(audit -> plansAudited.add(audit.planId()));

        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            MonthlySampleRecord sample = samples.get(month);
            months.add(sample == null ? new MonthFigures(month, false, 0, 0, 0, 0, 0) : monthOf(sample, audits, on));
        }
        int finalised = months.stream().mapToInt(MonthFigures::finalised).sum();
        LocalDate actionsOn = on.isBefore(last) ? on : last;
        int actionsOpen = 0;
        int actionsOverdue = 0;
        for (PlanAuditRecord audit : audits) {
            if (audit.startedOn().isAfter(actionsOn)) {
                continue;
            }
            for (PlanAuditRecord.Action action : audit.actions()) {
                if (action.doneOn() == null || action.doneOn().isAfter(actionsOn)) {
                    actionsOpen++;
                    actionsOverdue += action.dueBy().isBefore(actionsOn) ? 1 : 0;
                }
            }
        }
        return new Figures(from, to, on, knownAt, graded.size(), plansAudited.size(), grades,
                measure(goodOrBetter, graded.size(), targets.goodOrBetter(), targets),
                measure(months.stream().mapToInt(MonthFigures::audited).sum(), finalised, targets.plansAudited(), targets),
                measure(months.stream().mapToInt(MonthFigures::peerReviewed).sum(), finalised, targets.peerReviewed(), targets),
                measure(months.stream().mapToInt(MonthFigures::sampleGraded).sum(), months.stream().mapToInt(MonthFigures::sampled).sum(),
                        targets.sampleGraded(), targets),
                sections(graded, versions), themes(graded, versions), actionsOpen, actionsOverdue, months);
    }

    private static MonthFigures monthOf(MonthlySampleRecord sample, List<PlanAuditRecord> audits, LocalDate on) {
        Set<String> audited = new HashSet<>();
        Set<String> peerReviewed = new HashSet<>();
        Set<String> sampleGraded = new HashSet<>();
        Map<String, LocalDate> issuedOn = new HashMap<>();
        sample.population().forEach(plan -> issuedOn.put(plan.planId(), plan.issuedOn()));
        for (PlanAuditRecord audit : audits) {
            if (!issuedOn.containsKey(audit.planId()) || audit.grade() == null || audit.gradedOn().isAfter(on)) {
                continue;
            }
            LocalDate issued = issuedOn.get(audit.planId());
            if (audit.audited() == AuditedVersion.DRAFT_BEFORE_ISSUE) {
                if (issued != null && !audit.gradedOn().isAfter(issued)) {
                    peerReviewed.add(audit.planId());
                }
            } else {
                audited.add(audit.planId());
                if (sample.answeredBy(audit)) {
                    sampleGraded.add(audit.planId());
                }
            }
        }
        return new MonthFigures(sample.month(), true, sample.population().size(), audited.size(), peerReviewed.size(),
                sample.sampled().size(), sampleGraded.size());
    }

    static Measure measure(int count, int of, int target, Targets targets) {
        if (of == 0) {
            return new Measure(count, of, null, target, null);
        }
        double percent = Math.round(1000.0 * count / of) / 10.0;
        Rating rating = percent >= target ? Rating.GREEN : percent >= target - targets.amberPoints() ? Rating.AMBER : Rating.RED;
        return new Measure(count, of, percent, target, rating);
    }

    /** Each section's criteria met, of those scored, by the section each criterion has in the version its audit used. */
    private static List<SectionShare> sections(List<PlanAuditRecord> graded, List<ChecklistPublished> versions) {
        Map<Integer, ChecklistPublished> byVersion = new HashMap<>();
        versions.forEach(version -> byVersion.put(version.version(), version));
        Map<String, String> titles = new LinkedHashMap<>();
        // the latest version's sections first, in its order; a section only older versions had after them
        for (int i = versions.size() - 1; i >= 0; i--) {
            versions.get(i).sections().forEach(section -> titles.putIfAbsent(section.id(), section.title()));
        }
        Map<String, int[]> counts = new HashMap<>();
        for (PlanAuditRecord audit : graded) {
            ChecklistPublished version = byVersion.get(audit.checklistVersion());
            if (version == null) {
                continue;
            }
            for (ChecklistSection section : version.sections()) {
                for (Criterion criterion : section.criteria()) {
                    PlanAuditRecord.Scored scored = audit.scores().get(criterion.id());
                    if (scored != null) {
                        int[] count = counts.computeIfAbsent(section.id(), id -> new int[2]);
                        count[0]++;
                        count[1] += scored.score() == Score.MET ? 1 : 0;
                    }
                }
            }
        }
        List<SectionShare> shares = new ArrayList<>();
        titles.forEach((id, title) -> {
            int[] count = counts.get(id);
            if (count != null) {
                shares.add(new SectionShare(id, title, count[0], count[1], Math.round(1000.0 * count[1] / count[0]) / 10.0));
            }
        });
        return shares;
    }

    /** The criteria most often not met (then partly met), in the latest words each had. */
    private static List<Theme> themes(List<PlanAuditRecord> graded, List<ChecklistPublished> versions) {
        Map<String, String> texts = new HashMap<>();
        versions.forEach(version -> version.sections().forEach(section -> section.criteria()
                .forEach(criterion -> texts.put(criterion.id(), criterion.text()))));
        Map<String, int[]> shortfalls = new HashMap<>();
        for (PlanAuditRecord audit : graded) {
            audit.scores().forEach((criterion, scored) -> {
                if (scored.score() != Score.MET) {
                    shortfalls.computeIfAbsent(criterion, id -> new int[2])[scored.score() == Score.NOT_MET ? 0 : 1]++;
                }
            });
        }
        return shortfalls.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> entry) -> -(entry.getValue()[0] + entry.getValue()[1]))
                        .thenComparingInt(entry -> -entry.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(THEMES)
                .map(entry -> new Theme(entry.getKey(), texts.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1]))
                .toList();
    }
}
