package uk.ehcworkflow.command.assessment;

import java.time.Clock;
import java.util.Map;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.platform.security.Role;

/**
 * The rules for the advice an assessment asks of an agency (reg 6-8): it answers a request of
 * this assessment, once, not before it was asked for, and agency staff answer only their own
 * agency's requests. Advice that arrives after the plan is still recorded: it shows the plan was
 * issued without it.
 */
final class AdviceRules {

    static final String ADVICE_ALREADY_SUBMITTED = "advice-already-submitted";
    static final String ADVICE_BEFORE_REQUEST = "advice-before-request";
    static final String OWN_AGENCY_ONLY = "own-agency-only";
    static final String UNKNOWN_ADVICE_REQUEST = "unknown-advice-request";

    private AdviceRules() {
    }

    /** The request of this assessment with that id. */
    static AdviceRequest known(Map<String, AdviceRequest> requests, String adviceRequestId) {
        AdviceRequest request = requests.get(adviceRequestId);
        if (request == null) {
            throw new UnknownReference(UNKNOWN_ADVICE_REQUEST, "This assessment has no advice request " + adviceRequestId + ".");
        }
        return request;
    }

    static void checkSubmission(AdviceRequest request, SubmitAdvice command, Role role, String actorAgency, Clock clock) {
        if (role == Role.AGENCY && !request.agency().name().equals(actorAgency)) {
            throw new NotPermitted(OWN_AGENCY_ONLY, "Only " + request.agency() + " can submit this advice.");
        }
        if (request.submittedOn() != null) {
            throw new RuleBroken(ADVICE_ALREADY_SUBMITTED, "This advice was submitted on " + request.submittedOn() + ".");
        }
        if (command.submittedOn().isBefore(request.requestedOn())) {
            throw new RuleBroken(ADVICE_BEFORE_REQUEST,
                    "Advice cannot be submitted before it was requested on " + request.requestedOn() + ".");
        }
        Dates.notInFuture("submittedOn", command.submittedOn(), clock);
    }
}
