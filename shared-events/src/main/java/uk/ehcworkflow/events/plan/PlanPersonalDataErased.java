package uk.ehcworkflow.events.plan;

/**
 * A registered plan's child's name and date of birth were erased: the key sealed at registration
 * was destroyed. (A plan issued here holds its assessment's sealed details, erased with the case.)
 * Who erased them and when are in the event's metadata and timestamp.
 */
public record PlanPersonalDataErased(String planId, String reason) implements PlanEvent {
}
