package uk.ehcworkflow.command.quality;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.ehcworkflow.events.quality.Score;

/** Score one criterion of the audit's checklist, with a comment. */
public record ScoreCriterion(@TargetAggregateIdentifier String auditId, String criterionId, Score score, String comment) {
}
