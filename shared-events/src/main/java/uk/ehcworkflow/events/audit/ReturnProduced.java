package uk.ehcworkflow.events.audit;

/**
 * Someone produced a return or list that carries children's personal data (the SEN2 return, an
 * inspection's lists, a child's inspection bundle). Who and when are in the metadata and the
 * timestamp, as for a read of a case.
 *
 * @param what which return, for which year or day, and as known when
 */
public record ReturnProduced(String what) {
}
