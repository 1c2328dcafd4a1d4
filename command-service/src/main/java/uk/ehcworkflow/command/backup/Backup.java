package uk.ehcworkflow.command.backup;

import java.time.Instant;

/**
 * A backup as it was taken: its file, its size and checksum, and the last event it holds.
 *
 * @param sha256         of the whole file, also written beside it as {@code <file>.sha256}
 * @param erasures       the erasures its copy of the register names
 */
public record Backup(String file, long sizeBytes, String sha256, Instant takenAt, long events, LastEvent lastEvent,
                     long erasures) {

    /** The newest event in the backup, by its place in the store. */
    public record LastEvent(long globalIndex, String aggregateId, long sequenceNumber, String type, String recordedAt) {
    }
}
