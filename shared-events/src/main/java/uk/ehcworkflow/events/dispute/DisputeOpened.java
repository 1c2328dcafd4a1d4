package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/**
 * The family disputes a recorded decision: usually by contacting a mediation adviser.
 *
 * @param adviserContactedOn null when the family went straight to appeal (about section I only)
 * @param mediationAdviceBy  2 months from the letter (reg 33)
 * @param appealBy           2 months from the letter, before any certificate
 */
public record DisputeOpened(String disputeId, String caseId, AppealableDecision decision, LocalDate decisionLetterOn,
                            LocalDate adviserContactedOn, LocalDate mediationAdviceBy, LocalDate appealBy)
        implements DisputeEvent {
}
