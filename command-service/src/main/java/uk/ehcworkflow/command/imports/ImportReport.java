package uk.ehcworkflow.command.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import made of a return, person by person in the file's order. It names people by their
 * position in the file and the records made, never by name: the administrator has the file.
 *
 * @param censusDay       the return's census day as its header gives it
 * @param plans           plans registered (or, in a dry run, that would be)
 * @param cases           open requests brought in as cases (or that would be)
 * @param alreadyImported people whose plan or case an earlier import of the same record made
 * @param notImported     people with nothing to carry on (no active plan, no open request) or whom a problem stopped
 * @param notCarried      for each item the file gave that no record keeps, how many people gave it
 */
public record ImportReport(boolean dryRun, String censusDay, int persons, int plans, int cases, int alreadyImported,
                           int notImported, Map<String, Integer> notCarried, List<Person> people) {

    /**
     * @param made       {@code plan} or {@code case}, what was (or would be) made; null when nothing
     * @param id         the plan's or case's id, the same on every import of the same record
     * @param problems   what stopped it: an item that could not be read, or the rule a record refused
     * @param notCarried items the file gave that no record keeps (a transfer's authority without its day, say)
     */
    public record Person(int position, String made, String id, Outcome outcome, List<Problem> problems,
                         List<String> notCarried) {
    }

    /** What became of one person of the file. */
    public enum Outcome {
        MADE,
        /** In a dry run: would be made. */
        WOULD_MAKE,
        /** An earlier import of the same record made it. */
        ALREADY_IMPORTED,
        /** No active plan and no open request: a refused or withdrawn request, a plan ceased. */
        NOTHING_TO_CARRY_ON,
        /** A problem stopped it: an item that could not be read, or a rule the record broke. */
        NOT_READ
    }

    /** @param rule the service's rule refusing it, when a record refused it; null for an item that could not be read */
    public record Problem(String item, String rule, String problem) {
    }
}
