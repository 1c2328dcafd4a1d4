package uk.ehcworkflow.query.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.pages.Labels;
import uk.ehcworkflow.query.quality.QualityFigures.Figures;
import uk.ehcworkflow.query.quality.QualityFigures.Measure;

/**
 * The quarterly quality report for the SEND board (ADR 52): the quarter's figures rated against
 * the area's targets, its themes, and the trend over the last four quarters; aggregate only.
 */
@Component
public class QualityReport {

    /** One quarter of the trend: its shares, each null where there was nothing to count. */
    public record TrendRow(Quarter quarter, int auditsGraded, Double goodOrBetter, Double plansAudited, Double peerReviewed,
                           Double sampleGraded) {
    }

    /** A share against its target, in words: "2 of 3 (66.7%)", or "None to count". */
    public record MeasureRow(String measure, String figure, int target, QualityFigures.Rating rating) {
    }

    public record GradeRow(String grade, int audits) {
    }

    public record Report(Quarter quarter, Figures figures, List<MeasureRow> measures, List<GradeRow> grades, List<TrendRow> trend,
                         String chart) {
    }

    private final QualityFigures figures;
    private final ObjectMapper json;

    QualityReport(QualityFigures figures, ObjectMapper json) {
        this.figures = figures;
        this.json = json;
    }

    /** The quarter's report now, or as it would have read at an instant. */
    public Report of(Quarter quarter, Instant knownAt) {
        List<TrendRow> trend = new ArrayList<>();
        Figures shown = null;
        Quarter each = quarter;
        for (int i = 0; i < 4; i++) {
            Figures counted = figures.of(each.firstMonth(), each.lastMonth(), knownAt);
            shown = shown == null ? counted : shown;
            trend.add(new TrendRow(each, counted.auditsGraded(), counted.goodOrBetter().percent(), counted.plansAuditedShare().percent(),
                    counted.peerReviewedBeforeIssue().percent(), counted.sampleGraded().percent()));
            each = each.previous();
        }
        Collections.reverse(trend);
        List<MeasureRow> measures = measures(shown);
        List<GradeRow> grades = shown.grades().stream().map(count -> new GradeRow(Labels.words(count.grade()), count.audits()))
                .toList();
        return new Report(quarter, shown, measures, grades, trend, chart(trend));
    }

    /** The four shares the area sets targets for, each in words with its rating. */
    public static List<MeasureRow> measures(Figures figures) {
        return List.of(row("Audits graded good or better", figures.goodOrBetter()),
                row("Each month's finalised plans audited", figures.plansAuditedShare()),
                row("Plans whose draft was peer-reviewed before issue", figures.peerReviewedBeforeIssue()),
                row("Monthly samples' audits graded", figures.sampleGraded()));
    }

    private static MeasureRow row(String name, Measure measure) {
        return new MeasureRow(name, measure.percent() == null ? "None to count"
                : measure.count() + " of " + measure.of() + " (" + measure.percent() + "%)", measure.target(), measure.rating());
    }


    /** The trend's shares for the page's chart, in the dashboard's form: the table beside it holds the same numbers. */
    private String chart(List<TrendRow> trend) {
        List<Map<String, Object>> series = List.of(
                series("Good or better", trend.stream().map(TrendRow::goodOrBetter).toList()),
                series("Month's plans audited", trend.stream().map(TrendRow::plansAudited).toList()),
                series("Peer-reviewed before issue", trend.stream().map(TrendRow::peerReviewed).toList()),
                series("Sample graded", trend.stream().map(TrendRow::sampleGraded).toList()));
        try {
            return json.writeValueAsString(Map.of("months", trend.stream().map(row -> row.quarter().toString()).toList(),
                    "series", series, "unit", "%"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report's chart cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> series(String label, List<Double> values) {
        return Map.of("label", label, "values", values);
    }
}
