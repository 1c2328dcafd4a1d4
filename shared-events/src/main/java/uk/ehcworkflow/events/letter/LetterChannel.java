package uk.ehcworkflow.events.letter;

/** How a letter went to the family. */
public enum LetterChannel {
    POST,
    EMAIL,
    /** Handed to the family, at a meeting say. */
    BY_HAND
}
