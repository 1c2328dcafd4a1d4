package uk.ehcworkflow.command.family;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.assessment.Assessment;
import uk.ehcworkflow.command.common.UnknownReference;

/**
 * The family invited to a case, as a plan's command reaches them: a plan issued here has its case's
 * id, and its family is invited on the case (ADR 43). Loaded in the plan's own unit of work, so the
 * emails are queued with the plan's event or not at all.
 */
@Component
public class CaseFamilies {

    private final Repository<Assessment> assessments;
    private final FamilyMail mail;
    private final Clock clock;

    CaseFamilies(Repository<Assessment> assessments, FamilyMail mail, Clock clock) {
        this.assessments = assessments;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Refuses anyone but a family member whose invitation to the case stands and was taken up (ADR 43):
     * a case that is not theirs, or a plan registered from before with no case here, is to them not found.
     */
    public void requireFamilyMember(String caseId, String role, String user) {
        try {
            assessments.load(caseId).execute(assessment -> assessment.requireFamilyMember(role, user));
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownReference("unknown-id", "Nothing with id " + caseId + " exists.");
        }
    }

    /** Tells the case's family that a letter of its plan was sent to them; a plan registered from before has no case, and no one to tell. */
    public void tellOfLetter(String caseId) {
        try {
            assessments.load(caseId).execute(assessment -> assessment.tellFamilyOfLetter(LocalDate.now(clock), mail));
        } catch (AggregateNotFoundException noCase) {
            // registered from before: its family was never invited here
        }
    }
}
