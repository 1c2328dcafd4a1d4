package uk.ehcworkflow.query.assessment;

import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.audit.Erasures;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.pages.Assignments;

/**
 * What a page about a child's record (a case, an EHC plan) reads besides the record itself: the
 * child's name as the reader may see it, the access log its opening is recorded in, the disputes
 * about its decisions, the record of any erasure, and the form that moves it to another caseload.
 */
@Component
public record ChildRecordReads(ChildDetails children, AccessLog accessLog, DisputeReader disputes, Erasures erasures,
                               Assignments assignments) {
}
