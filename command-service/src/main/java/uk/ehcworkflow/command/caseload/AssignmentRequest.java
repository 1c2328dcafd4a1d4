package uk.ehcworkflow.command.caseload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT .../assignment}: the officer to hold it and, where the area has teams, their team. */
public record AssignmentRequest(@NotBlank @Size(max = 100) String officer, @Size(max = 100) String team) {

    /** The team as given, or none when left blank. */
    public String teamOrNone() {
        return team == null || team.isBlank() ? null : team.strip();
    }
}
