package uk.ehcworkflow.query.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * One child or young person as the SEN2 return carries them, every value already written as the
 * return codes it ({@link Sen2Codes}): the person (module 1), their requests (2) with each
 * assessment (3) and named plan (4, with its detail), and their plan active on census day (5,
 * with its placements and needs). Personal data: built for the return as it is written, never
 * kept or logged.
 *
 * @param sourceId the record it came from: the case's reference, or {@code PLAN-<id>} for a plan registered from before
 * @param link     the page where a person fixes it
 */
public record Sen2Person(String sourceId, String link, String surname, String forename, LocalDate birthDate, String sex,
                         String ethnicity, String postcode, String upn, String uln, String upnUnknown, List<Request> requests,
                         ActivePlan activePlan) {

    /** Module 2; {@code receivedDate} null only for a plan registered from before, whose request is not held. */
    public record Request(LocalDate receivedDate, String requestSource, String rya, LocalDate outcomeDate, String outcome,
                          String mediation, String tribunal, String exported, Assessment assessment) {
    }

    /** Module 3. */
    public record Assessment(String outcome, LocalDate outcomeDate, String mediation, String tribunal, String otherMediation,
                             String otherTribunal, String week20, NamedPlan namedPlan) {
    }

    /** Module 4a, with 4b (the placements the plan names). */
    public record NamedPlan(LocalDate startDate, String planRes, String planWbp, String pb, String oa, String dp,
                            LocalDate ceaseDate, String ceaseReason, List<PlanDetail> details) {
    }

    public record PlanDetail(String urn, String ukprn, String senSetting, String senSettingOther, String placementRank,
                             String senUnit, String resourcedProvision) {
    }

    /**
     * Module 5a, with 5b (placements on census day) and 5c (needs).
     *
     * @param transferLa      the 3-digit code of the authority the plan came from, when it was recorded as one
     * @param transferredFrom that authority as recorded (not written: a name is a problem to fix)
     */
    public record ActivePlan(String transferLa, String transferredFrom, LocalDate reviewMeeting, String reviewOutcome, LocalDate lastReview,
                             LocalDate reviewDraft, LocalDate phaseTransferDueDate, LocalDate phaseTransferFinalDate,
                             List<PlacementDetail> placements, List<Need> needs) {
    }

    public record PlacementDetail(String urn, String ukprn, String senSetting, String senSettingOther, String placementRank,
                                  LocalDate entryDate, LocalDate leavingDate, String senUnit, String resourcedProvision,
                                  String res, String wbp) {
    }

    public record Need(String senType, String rank) {
    }

    @Override
    public String toString() {
        return "Sen2Person[" + sourceId + "]";
    }
}
