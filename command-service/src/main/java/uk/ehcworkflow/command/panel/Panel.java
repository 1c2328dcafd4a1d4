package uk.ehcworkflow.command.panel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.assessment.KnownAssessments;
import uk.ehcworkflow.command.axon.AxonConfiguration;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.events.panel.PanelAttendanceRecorded;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.events.panel.PanelScheduled;

/**
 * One sitting of a SEND panel: who attended for which agency, and what it advised on each
 * assessment before it. Its decisions inform the local authority; they are not the statutory
 * decisions themselves. It advises only on an open case, requested on or before the day it sat.
 */
@Aggregate(cache = AxonConfiguration.AGGREGATE_CACHE)
public class Panel {

    static final String NOT_YET_HELD = "panel-not-yet-held";
    static final String DUPLICATE_ATTENDANCE = "duplicate-attendance";
    static final String NO_ATTENDANCE = "no-attendance";
    static final String ALREADY_DECIDED = "assessment-already-decided";
    static final String UNKNOWN_ASSESSMENT = "unknown-assessment";
    static final String ASSESSMENT_CLOSED = "assessment-closed";
    static final String BEFORE_REQUEST = "panel-before-request";

    @AggregateIdentifier
    private String panelId;
    private LocalDate heldOn;
    private final Set<String> attendees = new HashSet<>();
    private final Set<String> decidedAssessments = new HashSet<>();

    protected Panel() {
        // for Axon to rebuild it from its events
    }

    @CommandHandler
    public Panel(SchedulePanel command) {
        apply(new PanelScheduled(command.panelId(), command.heldOn(), command.kind()));
    }

    @EventSourcingHandler
    void on(PanelScheduled event) {
        panelId = event.panelId();
        heldOn = event.heldOn();
    }

    @CommandHandler
    void handle(RecordAttendance command, Clock clock) {
        requireHeld(clock);
        if (attendees.contains(attendee(command.member(), command.agency().name()))) {
            throw new RuleBroken(DUPLICATE_ATTENDANCE,
                    command.member() + " is already recorded as attending for " + command.agency() + ".");
        }
        apply(new PanelAttendanceRecorded(panelId, command.member(), command.agency()));
    }

    @EventSourcingHandler
    void on(PanelAttendanceRecorded event) {
        attendees.add(attendee(event.member(), event.agency().name()));
    }

    @CommandHandler
    void handle(RecordPanelDecision command, KnownAssessments assessments, Clock clock) {
        requireHeld(clock);
        if (attendees.isEmpty()) {
            throw new RuleBroken(NO_ATTENDANCE, "A panel with no attendance recorded cannot decide: record who sat first.");
        }
        KnownAssessments.Facts assessment = assessments.find(command.assessmentId()).orElseThrow(() ->
                new UnknownReference(UNKNOWN_ASSESSMENT, "No assessment " + command.assessmentId() + " exists."));
        if (assessment.closed()) {
            throw new RuleBroken(ASSESSMENT_CLOSED, "That assessment has ended; a panel can advise only on an open case.");
        }
        if (heldOn.isBefore(assessment.requestReceivedOn())) {
            throw new RuleBroken(BEFORE_REQUEST, "The panel sat on " + heldOn + ", before the request was received on "
                    + assessment.requestReceivedOn() + ": it cannot have advised on it.");
        }
        if (decidedAssessments.contains(command.assessmentId())) {
            throw new RuleBroken(ALREADY_DECIDED, "This panel has already recorded its decision on that assessment.");
        }
        apply(new PanelDecisionRecorded(panelId, heldOn, command.assessmentId(), command.decision(), command.rationale()));
    }

    @EventSourcingHandler
    void on(PanelDecisionRecorded event) {
        decidedAssessments.add(event.assessmentId());
    }

    private void requireHeld(Clock clock) {
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new RuleBroken(NOT_YET_HELD, "The panel sits on " + heldOn + "; nothing can be recorded for it before then.");
        }
    }

    private static String attendee(String member, String agency) {
        return member.strip().toLowerCase(Locale.ROOT) + "|" + agency;
    }
}
