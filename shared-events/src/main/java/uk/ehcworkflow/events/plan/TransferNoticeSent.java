package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/** The family of a plan transferred in were told of the transfer (reg 15(2)). */
public record TransferNoticeSent(String planId, LocalDate sentOn) implements PlanEvent {
}
