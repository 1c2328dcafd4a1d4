package uk.ehcworkflow.command.family;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.common.CommandDispatch;

/**
 * Looks, every hour by default ({@code ehc.mail.dates-check}), at each case a family was invited to,
 * and has the case tell them of any date that passed without its step since they were last told
 * (ADR 46). The case decides, and records each date told once, so a look repeated after a restart
 * or on a second node tells no one twice. The service itself is the one recorded as asking.
 */
@Component
public class FamilyDatesWatch {

    private static final Logger log = LoggerFactory.getLogger(FamilyDatesWatch.class);

    private final JdbcTemplate jdbc;
    private final CommandDispatch commands;

    FamilyDatesWatch(JdbcTemplate jdbc, CommandDispatch commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Scheduled(initialDelayString = "${ehc.mail.dates-check:PT1H}", fixedDelayString = "${ehc.mail.dates-check:PT1H}")
    public void look() {
        List<String> invited = jdbc.queryForList("SELECT DISTINCT assessment_id FROM family_mail WHERE kind = ?", String.class,
                FamilyMail.Kind.INVITATION.name());
        for (String assessmentId : invited) {
            try {
                commands.sendAsTheService(new TellFamilyOfPassedDates(assessmentId));
            } catch (RuntimeException e) {
                // one case that cannot be looked at now (a concurrent change, a store busy) is looked at next time
                log.warn("The dates of case {} could not be looked at for its family; it is looked at again next time: {}", assessmentId,
                        e.getClass().getSimpleName());
            }
        }
    }
}
