package uk.ehcworkflow.query.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as the audit trail shows it.
 *
 * @param recordedAtMillis the recorded time as a number, which sorts and compares exactly
 * @param lagDays days from the business date to the day it was recorded, when it has a business date
 */
public record AuditEntry(
        String eventId,
        long position,
        String type,
        String aggregateId,
        String aggregateType,
        Long sequenceNumber,
        LocalDate businessDate,
        Instant recordedAt,
        long recordedAtMillis,
        String recordedMonth,
        Long lagDays,
        String actor,
        String role,
        String agency,
        String correlationId,
        String description) {
}
