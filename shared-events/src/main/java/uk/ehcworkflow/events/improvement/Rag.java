package uk.ehcworkflow.events.improvement;

/** The RAG status of a Written Statement of Action action, as the local area's plans use it. */
public enum Rag {
    /** Not started. */
    RED,
    /** In progress. */
    AMBER,
    /** Ongoing as business as usual. */
    GREEN,
    /** Completed. */
    BLUE
}
