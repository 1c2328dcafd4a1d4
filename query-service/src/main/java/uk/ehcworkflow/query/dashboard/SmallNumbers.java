package uk.ehcworkflow.query.dashboard;

/**
 * The small-number rule of published figures, in one place: a figure about 1 to 4 children is not
 * published, since it could point to a child (none is no one, and is shown).
 */
final class SmallNumbers {

    static final int SMALLEST_SHOWN = 5;

    private SmallNumbers() {
    }

    static boolean suppressed(long children) {
        return children > 0 && children < SMALLEST_SHOWN;
    }
}
