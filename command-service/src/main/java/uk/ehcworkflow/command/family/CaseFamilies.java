package uk.ehcworkflow.command.family;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.assessment.Assessment;

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

    /** Tells the case's family that a letter of its plan was sent to them; a plan registered from before has no case, and no one to tell. */
    public void tellOfLetter(String caseId) {
        try {
            assessments.load(caseId).execute(assessment -> assessment.tellFamilyOfLetter(LocalDate.now(clock), mail));
        } catch (AggregateNotFoundException noCase) {
            // registered from before: its family was never invited here
        }
    }
}
