package uk.ehcworkflow.events.quality;

/** An event in the life of one month's sample of plans for a manager's audit. */
public sealed interface MonthlySampleEvent permits MonthlySampleDrawn {

    String sampleId();
}
