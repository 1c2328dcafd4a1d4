package uk.ehcworkflow.command.quality;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.quality.Grade;

/** Judge the plan as a whole, once every criterion is scored. */
public record GradeAudit(@TargetAggregateIdentifier String auditId, Grade grade, LocalDate gradedOn, String summary) {
}
