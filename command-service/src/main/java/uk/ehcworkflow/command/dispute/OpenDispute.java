package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import uk.ehcworkflow.events.dispute.AppealableDecision;

/**
 * Record that the family disputes a decision: usually that they contacted a mediation adviser.
 *
 * @param adviserContactedOn null when they went straight to appeal, which only an appeal about section I allows
 */
public record OpenDispute(String disputeId, String caseId, AppealableDecision decision, LocalDate decisionLetterOn,
                          LocalDate adviserContactedOn) {
}
