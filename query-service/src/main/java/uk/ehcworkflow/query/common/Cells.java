package uk.ehcworkflow.query.common;

/**
 * A value as a cell of a list a person opens in a spreadsheet. Text beginning with =, +, - or @
 * is written with a leading apostrophe, so that a name typed as a formula is shown, not run.
 */
public final class Cells {

    private Cells() {
    }

    /**
     * The text without the characters an XML document (and so a workbook) cannot hold: control
     * characters other than tab and line breaks, and the two non-characters. A name typed with
     * one is carried without it rather than breaking the whole file.
     */
    public static String carried(String text) {
        return text == null ? null : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    /** The cell's text, with no quoting: for a spreadsheet cell written as text. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = carried(value.toString());
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The cell as RFC 4180 CSV: quoted when it holds a comma, a quote or a line break. */
    public static String csv(Object value) {
        String text = text(value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
