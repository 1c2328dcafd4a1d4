package uk.ehcworkflow.command.assessment;

/** Whether an assessment exists, for rules of other aggregates that refer to one. */
public interface KnownAssessments {

    boolean exists(String assessmentId);
}
