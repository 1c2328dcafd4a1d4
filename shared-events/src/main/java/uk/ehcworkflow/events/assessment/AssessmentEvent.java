package uk.ehcworkflow.events.assessment;

/** An event in the life of one assessment; read models fold them in order. */
public sealed interface AssessmentEvent
        permits AssessmentOpened, CaseReferenceAssigned, MilestoneRecorded, AdviceRequested, AdviceSubmitted, ExceptionRecorded,
        PersonalDataErased, AssessmentReopened, ChildProfileRecorded, CaseAssigned, LetterSent, FamilyMemberInvited,
        FamilyInvitationAccepted, FamilyInvitationWithdrawn, FamilyAdviceGiven, FamilyToldOfPassedDate {

    String assessmentId();
}
