package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers each year's requests 1, 2, 3... in a table whose primary key is the reference. The
 * insert joins the command's transaction: a refused request leaves no number taken, and when two
 * instances pick the same next number at once, the loser's insert fails and it takes the next.
 */
@Component
class JdbcCaseReferences implements CaseReferences {

    private static final int ATTEMPTS = 20;

    private final JdbcTemplate jdbc;

    JdbcCaseReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String claimNext(LocalDate requestReceivedOn, String assessmentId) {
        int year = requestReceivedOn.getYear();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // Read off the end of the (year, number) index: MAX() reads every reference of the year,
            // which at a few thousand a year was a sixth of the command service's time.
            Integer last = jdbc.queryForList("SELECT reference_no FROM case_reference WHERE reference_year = ? "
                    + "ORDER BY reference_year DESC, reference_no DESC FETCH FIRST 1 ROW ONLY", Integer.class, year)
                    .stream().findFirst().orElse(0);
            int next = last + 1;
            String reference = CaseReferences.format(year, next);
            try {
                jdbc.update("INSERT INTO case_reference (reference, reference_year, reference_no, assessment_id) "
                        + "VALUES (?, ?, ?, ?)", reference, year, next, assessmentId);
                return reference;
            } catch (DuplicateKeyException taken) {
                // another request took this number in the meantime: try the next
            }
        }
        throw new IllegalStateException("No case reference could be claimed for " + year + " after " + ATTEMPTS + " attempts");
    }

    @Override
    public Optional<String> of(String assessmentId) {
        return jdbc.queryForList("SELECT reference FROM case_reference WHERE assessment_id = ?", String.class, assessmentId)
                .stream().findFirst();
    }
}
