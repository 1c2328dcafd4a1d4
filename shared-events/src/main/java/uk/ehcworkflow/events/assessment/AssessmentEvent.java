package uk.ehcworkflow.events.assessment;

/** An event in the life of one assessment; read models fold them in order. */
public sealed interface AssessmentEvent
        permits AssessmentOpened, MilestoneRecorded, AdviceRequested, AdviceSubmitted, ExceptionRecorded {

    String assessmentId();
}
