package uk.ehcworkflow.events.plan;

/** An event in the life of one EHC plan after it was issued; read models fold them in order. */
public sealed interface PlanEvent
        permits PlanIssued, PlanRegistered, ReviewMeetingHeld, ReviewDecisionNotified, AmendedPlanIssued,
        AmendmentsWithdrawn, PhaseTransferSet, NewSettingNamed, PlanCeased, ReassessmentRequested, ReassessmentDecided,
        ReassessmentExceptionRecorded, ReassessedPlanIssued, PlanPersonalDataErased, AmendmentResponseReceived,
        CessationDecided, DecisionDisputed, PhaseTransferPlanIssued, TransferNoticeSent,
        ReassessmentDraftServed, ReassessmentDraftAnswered, ReassessmentNotAmended, PlanChildProfileRecorded, NeedsRecorded,
        PlacementStarted, PlacementEnded, PersonalBudgetRecorded, PlanAssigned, PlanLetterSent {

    /** The plan's id: its assessment's id for a plan issued here, a new one for a plan registered from before. */
    String planId();
}
