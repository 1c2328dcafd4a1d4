package uk.ehcworkflow.query.evidence;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

/** A plain, printable HTML document, every value escaped. */
final class HtmlDocument {

    private final StringBuilder html = new StringBuilder();

    HtmlDocument(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(htmlEscape(title))
                .append("</title>\n<style>body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#0b0c0c}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em;font-size:90%}")
                .append("th,td{border:1px solid #b1b4b6;padding:.3em;text-align:left;vertical-align:top;overflow-wrap:anywhere}")
                .append("th{background:#f3f2f1}.ok{color:#00703c;font-weight:bold}.broken{color:#d4351c;font-weight:bold}")
                .append("pre{background:#f3f2f1;padding:1em;white-space:pre-wrap;font-size:80%}</style></head><body>\n")
                .append("<h1>").append(htmlEscape(title)).append("</h1>\n");
    }

    HtmlDocument heading(String text) {
        html.append("<h2>").append(htmlEscape(text)).append("</h2>\n");
        return this;
    }

    HtmlDocument paragraph(String text) {
        html.append("<p>").append(htmlEscape(text)).append("</p>\n");
        return this;
    }

    HtmlDocument verdict(boolean good, String text) {
        html.append("<p class=\"").append(good ? "ok" : "broken").append("\">").append(htmlEscape(text)).append("</p>\n");
        return this;
    }

    HtmlDocument table(List<String> headers, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return paragraph("None.");
        }
        html.append("<table><tr>");
        headers.forEach(header -> html.append("<th>").append(htmlEscape(header)).append("</th>"));
        html.append("</tr>\n");
        for (List<?> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(cell == null ? "" : htmlEscape(cell.toString())).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return this;
    }

    HtmlDocument preformatted(String text) {
        html.append("<pre>").append(htmlEscape(text)).append("</pre>\n");
        return this;
    }

    String render() {
        return html + "</body></html>\n";
    }
}
