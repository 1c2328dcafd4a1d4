package uk.ehcworkflow.command.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.ActorMetadata;

/**
 * Looks, every hour by default ({@code ehc.mail.dates-check}), at each case a family was invited to,
 * and has the case tell them of any date that passed without its step since they were last told
 * (ADR 46). The case decides, and records each date told once, so a look repeated after a restart
 * or on a second node tells no one twice. The service itself is the one recorded as asking.
 */
@Component
public class FamilyDatesWatch {

    /** Who is recorded as asking: no person, the service. */
    private static final Map<String, Object> THE_SERVICE = Map.of(ActorMetadata.USER, "ehc-workflow", ActorMetadata.ROLE, "SERVICE");

    private static final Logger log = LoggerFactory.getLogger(FamilyDatesWatch.class);

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    FamilyDatesWatch(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Scheduled(initialDelayString = "${ehc.mail.dates-check:PT1H}", fixedDelayString = "${ehc.mail.dates-check:PT1H}")
    public void look() {
        List<String> invited = jdbc.queryForList("SELECT DISTINCT assessment_id FROM family_mail WHERE kind = ?", String.class,
                FamilyMail.Kind.INVITATION.name());
        for (String assessmentId : invited) {
            Map<String, Object> metadata = new HashMap<>(THE_SERVICE);
            metadata.put(ActorMetadata.CORRELATION_ID, UUID.randomUUID().toString());
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new TellFamilyOfPassedDates(assessmentId))
                        .withMetaData(MetaData.from(metadata)));
            } catch (RuntimeException e) {
                // one case that cannot be looked at now (a concurrent change, a store busy) is looked at next time
                log.warn("The dates of case {} could not be looked at for its family; it is looked at again next time: {}", assessmentId,
                        e.getClass().getSimpleName());
            }
        }
    }
}
