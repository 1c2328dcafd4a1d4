package uk.ehcworkflow.query.assessment;

import java.time.LocalDate;

/**
 * A child's name and date of birth as a page or an answer may show them: shown, erased, or
 * withheld from a role that may not see them. Never logged, never in a figure.
 */
public record Child(Visibility visibility, String name, LocalDate dateOfBirth) {

    public enum Visibility { SHOWN, ERASED, WITHHELD }

    static final Child ERASED = new Child(Visibility.ERASED, null, null);
    static final Child WITHHELD = new Child(Visibility.WITHHELD, null, null);

    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }

    public boolean erased() {
        return visibility == Visibility.ERASED;
    }

    @Override
    public String toString() {
        return "Child[" + visibility + "]";
    }
}
