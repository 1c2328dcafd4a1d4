package uk.ehcworkflow.query.readmodel;

/**
 * A record whose entries derived from it (its open deadlines) are not those its document owes.
 *
 * @param owed the ids its document owes now
 * @param kept the ids the read model keeps for it
 */
public record DerivedDifference(String recordId, long owed, long kept) {
}
