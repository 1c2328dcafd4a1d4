package uk.ehcworkflow.query.improvement;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.ehcworkflow.events.improvement.Rag;

/** The highlight report as a page a person can read, print or attach to a board paper. */
final class HighlightReportPage {

    private HighlightReportPage() {
    }

    static String render(ActionViews.HighlightReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Written Statement of Action: highlight report</title>
                <style>
                body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#0b0c0c}
                table{border-collapse:collapse;width:100%;margin-bottom:2em}
                th,td{border:1px solid #b1b4b6;padding:.4em;text-align:left;vertical-align:top}
                th{background:#f3f2f1}
                .rag{font-weight:bold;color:#fff;text-align:center}
                .RED{background:#d4351c}.AMBER{background:#f47738}.GREEN{background:#00703c}.BLUE{background:#1d70b8}
                .overdue{color:#d4351c;font-weight:bold}
                </style></head><body>
                """);
        html.append("<h1>Written Statement of Action: highlight report</h1>\n<p>As of ")
                .append(report.asOf()).append(". RAG: Red not started, Amber in progress, Green business as usual, "
                        + "Blue complete.</p>\n");
        if (report.areas().isEmpty()) {
            html.append("<p>No actions are registered.</p>\n");
        }
        for (ActionViews.Area area : report.areas()) {
            html.append("<h2>").append(htmlEscape(area.areaOfWeakness())).append("</h2>\n")
                    .append("<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>RAG</th>"
                            + "<th>Latest update</th><th>Measures: baseline, target, actuals</th></tr>\n");
            for (ActionViews.Highlight action : area.actions()) {
                html.append("<tr><td>").append(htmlEscape(action.reference())).append("</td><td>")
                        .append(htmlEscape(action.title())).append("</td><td>")
                        .append(htmlEscape(String.join(", ", action.leads()))).append("</td><td")
                        .append(action.overdue() ? " class=\"overdue\">" : ">").append(action.dueBy())
                        .append(action.overdue() ? " (overdue)" : "").append("</td>")
                        .append(rag(action.rag(), action.ragReason())).append("<td>")
                        .append(action.latestUpdate() == null ? "None recorded" : htmlEscape(action.latestUpdate().note()))
                        .append("</td><td>").append(measures(action.measures())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String rag(Rag rag, String reason) {
        return "<td class=\"rag " + rag + "\" title=\"" + htmlEscape(reason == null ? "" : reason) + "\">" + rag + "</td>";
    }

    private static String measures(List<ActionTimeline.Measure> measures) {
        if (measures.isEmpty()) {
            return "";
        }
        return measures.stream().map(measure -> htmlEscape(measure.measure()) + ": "
                        + number(measure.baseline()) + " &rarr; " + number(measure.target())
                        + (measure.targetDate() == null ? "" : " by " + measure.targetDate())
                        + (measure.actuals().isEmpty() ? "; no actuals yet" : "; actuals "
                        + measure.actuals().stream().map(a -> number(a.value()) + " (" + a.asOf() + ")")
                        .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("<br>"));
    }

    private static String number(BigDecimal value) {
        return value == null ? "&ndash;" : value.stripTrailingZeros().toPlainString();
    }
}
