package uk.ehcworkflow.query.evidence;

import java.util.List;

/** A headed table of an evidence pack; {@code templates/evidence/pack.html} lays them out. */
record Section(String heading, List<String> headers, List<List<?>> rows) {
}
