package uk.ehcworkflow.query.letter;

import uk.ehcworkflow.platform.problem.NotFoundException;

/**
 * A letter's id, which no later step changes: its case's id, a dot and the step's place among the
 * case's steps ({@code <case>.3}); or its plan's id, {@code .p} and the number of the plan's event
 * that owed it ({@code <plan>.p7}), since a plan issued here has its case's id (ADR 44).
 */
record LetterId(String recordId, boolean ofPlan, int number) {

    static LetterId parse(String letterId) {
        int dot = letterId.lastIndexOf('.');
        String tail = dot < 1 ? "" : letterId.substring(dot + 1);
        boolean ofPlan = tail.startsWith("p");
        String digits = ofPlan ? tail.substring(1) : tail;
        if (!digits.matches("[1-9][0-9]{0,5}")) {
            throw new NotFoundException("No letter " + letterId + ": a letter's id is its case's id, a dot and a number, "
                    + "or its plan's id, \".p\" and a number.");
        }
        return new LetterId(letterId.substring(0, dot), ofPlan, Integer.parseInt(digits));
    }

    static LetterId ofCase(String caseId, int place) {
        return new LetterId(caseId, false, place);
    }

    static LetterId ofPlan(String planId, int event) {
        return new LetterId(planId, true, event);
    }

    @Override
    public String toString() {
        return recordId + (ofPlan ? ".p" : ".") + number;
    }
}
