package uk.ehcworkflow.events.improvement;

/** An event in the life of one Written Statement of Action action. */
public sealed interface ImprovementActionEvent
        permits ActionRegistered, RagChanged, ProgressRecorded, MeasureRecorded {

    String actionId();
}
