package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** The plan was amended naming the setting the child moves to at the phase transfer. */
public record NewSettingNamed(String planId, LocalDate namedOn, String setting) implements PlanEvent {
}
