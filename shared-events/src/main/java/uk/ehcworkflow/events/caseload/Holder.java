package uk.ehcworkflow.events.caseload;

/**
 * Who holds a case, a plan or a dispute: the case officer whose caseload it is, and their team.
 *
 * @param officer the officer's user id, as they sign in
 * @param team one of the area's teams (by locality or phase, as the area sets them), or null where the area has none
 */
public record Holder(String officer, String team) {
}
