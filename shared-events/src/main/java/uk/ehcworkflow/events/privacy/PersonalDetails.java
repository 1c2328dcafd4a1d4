package uk.ehcworkflow.events.privacy;

import java.time.LocalDate;

/** The child's identifying details, kept only inside sealed event fields. */
public record PersonalDetails(String name, LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "PersonalDetails[redacted]";
    }
}
