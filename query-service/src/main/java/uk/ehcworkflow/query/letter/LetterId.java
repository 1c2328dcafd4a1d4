package uk.ehcworkflow.query.letter;

import java.util.Arrays;
import uk.ehcworkflow.platform.problem.NotFoundException;

/**
 * A letter's id, which no later step changes: its case's id, a dot and the step's place among the
 * case's steps ({@code <case>.3}); its plan's id, {@code .p} and the number of the plan's event that
 * owed it ({@code <plan>.p7}), since a plan issued here has its case's id (ADR 44); or its
 * dispute's id, {@code .d} and the dispute's event's number ({@code <dispute>.d5}, ADR 48).
 */
record LetterId(String recordId, Kind kind, int number) {

    /** Whose letter: the record it is written from, with its pages' address and its id's mark. */
    enum Kind {
        CASE("/cases/", "/api/assessments/", ""), PLAN("/plans/", "/api/plans/", "p"),
        DISPUTE("/disputes/", "/api/disputes/", "d");

        private final String pages;
        private final String commands;
        private final String mark;

        Kind(String pages, String commands, String mark) {
            this.pages = pages;
            this.commands = commands;
            this.mark = mark;
        }

        /** Where its record's page is. */
        String pages() {
            return pages;
        }

        /** Where the command service takes its record's commands. */
        String commands() {
            return commands;
        }
    }

    static LetterId parse(String letterId) {
        int dot = letterId.lastIndexOf('.');
        String tail = dot < 1 ? "" : letterId.substring(dot + 1);
        Kind kind = tail.startsWith("p") ? Kind.PLAN : tail.startsWith("d") ? Kind.DISPUTE : Kind.CASE;
        String digits = tail.substring(kind.mark.length());
        if (!digits.matches("[1-9][0-9]{0,5}")) {
            throw new NotFoundException("No letter " + letterId + ": a letter's id is its case's id, a dot and a number, "
                    + "or its plan's or dispute's id, \".p\" or \".d\" and a number.");
        }
        return new LetterId(letterId.substring(0, dot), kind, Integer.parseInt(digits));
    }

    /** The id of the letter whose page is {@code /<pages>/<recordId>/letters/<number>} ({@code pages}: cases, plans, disputes). */
    static String ofPage(String pages, String recordId, String number) {
        Kind kind = Arrays.stream(Kind.values()).filter(each -> each.pages.equals("/" + pages + "/")).findFirst()
                .orElseThrow(() -> new NotFoundException("No letters are kept under /" + pages + "."));
        return recordId + "." + kind.mark + number;
    }

    static LetterId of(Kind kind, String recordId, int number) {
        return new LetterId(recordId, kind, number);
    }

    @Override
    public String toString() {
        return recordId + "." + kind.mark + number;
    }
}
