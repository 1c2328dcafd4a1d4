package uk.ehcworkflow.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.common.AxonConfiguration;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.Agency;

/**
 * One EHC needs assessment of one child or young person, from the request received to a final
 * plan or a decision not to assess or not to issue. It owns the statutory clock and refuses
 * steps out of their lawful order.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class Assessment {

    static final String ADVICE_ALREADY_SUBMITTED = "advice-already-submitted";
    static final String ADVICE_BEFORE_REQUEST = "advice-before-request";
    static final String OWN_AGENCY_ONLY = "own-agency-only";
    static final String UNKNOWN_ADVICE_REQUEST = "unknown-advice-request";
    static final String EXCEPTION_NOT_PERMITTED = "exception-not-permitted";
    static final String CORONAVIRUS_PERIOD = "coronavirus-exception-period";

    @AggregateIdentifier
    private String assessmentId;
    private LocalDate requestReceivedOn;
    private final Map<Milestone, LocalDate> milestones = new EnumMap<>(Milestone.class);
    private final Map<String, AdviceRequest> adviceRequests = new HashMap<>();

    /** What the aggregate remembers of each advice request to judge later commands. */
    private record AdviceRequest(Agency agency, LocalDate requestedOn, LocalDate submittedOn) {
        AdviceRequest submittedOn(LocalDate date) {
            return new AdviceRequest(agency, requestedOn, date);
        }
    }

    protected Assessment() {
        // for Axon to rebuild it from its events
    }

    @CommandHandler
    public Assessment(OpenAssessment command, Clock clock) {
        Dates.notInFuture("requestReceivedOn", command.requestReceivedOn(), clock);
        apply(new AssessmentOpened(command.assessmentId(), command.requestReceivedOn(), command.requestSource(),
                command.child(), StatutoryCalendar.dueDates(command.requestReceivedOn())));
    }

    @EventSourcingHandler
    void on(AssessmentOpened event) {
        assessmentId = event.assessmentId();
        requestReceivedOn = event.requestReceivedOn();
    }

    @CommandHandler
    void handle(RecordMilestone command, Clock clock) {
        BusinessDates.withinAssessment("occurredOn", command.occurredOn(), requestReceivedOn, clock);
        StepOrder.check(command.milestone(), command.occurredOn(), milestones);
        apply(new MilestoneRecorded(assessmentId, command.milestone(), command.occurredOn(), command.note()));
    }

    @EventSourcingHandler
    void on(MilestoneRecorded event) {
        milestones.put(event.milestone(), event.occurredOn());
    }

    @CommandHandler
    void handle(RequestAdvice command, Clock clock) {
        StepOrder.requireOpen(milestones);
        BusinessDates.withinAssessment("requestedOn", command.requestedOn(), requestReceivedOn, clock);
        apply(new AdviceRequested(assessmentId, command.adviceRequestId(), command.agency(), command.requestedOn(),
                StatutoryCalendar.adviceDue(command.requestedOn())));
    }

    @EventSourcingHandler
    void on(AdviceRequested event) {
        adviceRequests.put(event.adviceRequestId(), new AdviceRequest(event.agency(), event.requestedOn(), null));
    }

    /** Advice that arrives after the plan is still recorded: it shows the plan was issued without it. */
    @CommandHandler
    void handle(SubmitAdvice command, Clock clock,
                @MetaDataValue(ActorMetadata.ROLE) String role,
                @MetaDataValue(ActorMetadata.AGENCY) String actorAgency) {
        AdviceRequest request = adviceRequest(command.adviceRequestId());
        if ("AGENCY".equals(role) && !request.agency().name().equals(actorAgency)) {
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
        apply(new AdviceSubmitted(assessmentId, command.adviceRequestId(), request.agency(), command.submittedOn(),
                command.summary()));
    }

    @EventSourcingHandler
    void on(AdviceSubmitted event) {
        adviceRequests.computeIfPresent(event.adviceRequestId(), (id, request) -> request.submittedOn(event.submittedOn()));
    }

    /** Exceptions may be recorded after the step they excuse: the evidence often arrives later. */
    @CommandHandler
    void handle(ExcuseDeadline command, Clock clock) {
        if (command.deadline() == Deadline.ADVICE) {
            adviceRequest(command.adviceRequestId());
        }
        if (!command.reason().excuses(command.deadline())) {
            throw new RuleBroken(EXCEPTION_NOT_PERMITTED,
                    command.reason() + " does not excuse the " + command.deadline() + " deadline.");
        }
        if (!command.reason().couldApplyDuring(command.from(), command.to())) {
            throw new RuleBroken(CORONAVIRUS_PERIOD,
                    "The coronavirus exception covers only periods from 2020-05-01 to 2020-09-25, with an end date.");
        }
        BusinessDates.withinAssessment("from", command.from(), requestReceivedOn, clock);
        Dates.notInFuture("to", command.to(), clock);
        apply(new ExceptionRecorded(assessmentId, command.deadline(), command.reason(), command.adviceRequestId(),
                command.from(), command.to(), command.note()));
    }

    private AdviceRequest adviceRequest(String adviceRequestId) {
        AdviceRequest request = adviceRequests.get(adviceRequestId);
        if (request == null) {
            throw new UnknownReference(UNKNOWN_ADVICE_REQUEST, "This assessment has no advice request " + adviceRequestId + ".");
        }
        return request;
    }
}
