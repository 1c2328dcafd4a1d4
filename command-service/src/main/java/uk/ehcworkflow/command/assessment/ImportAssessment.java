package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.privacy.ChildProfile;

/**
 * Bring in a request another system held that was still open, as a SEN2 return said of it, in one
 * step: the case is opened (its clocks run from the day the request was received), the decision to
 * assess recorded if one was made, and the child's details recorded, all or nothing.
 *
 * @param decidedToAssessOn the day the authority decided to assess, or null while the decision is awaited
 * @param profile           the child's details, or null when the return gave none
 */
public record ImportAssessment(OpenAssessment opening, LocalDate decidedToAssessOn, ChildProfile profile) {
}
