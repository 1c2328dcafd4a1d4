package uk.ehcworkflow.command.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import uk.ehcworkflow.command.CommandServiceTest;

/** What monitoring learns of backups: their age in health, and the time of the last one in the metrics. */
class BackupHealthTest extends CommandServiceTest {

    @Autowired
    BackupHealth health;

    @Autowired
    MeterRegistry meters;

    @Autowired
    HttpCodeStatusMapper statusCodes;

    @Test
    void a_backup_older_than_26_hours_turns_health_to_warning_and_the_metric_says_when_the_last_was_taken() throws Exception {
        Answer taken = post("admin", "/api/admin/backups", "");
        assertThat(taken.status()).isEqualTo(201);
        Instant takenAt = Instant.parse(taken.body().get("takenAt").asText());

        Health fresh = health.health(takenAt.plus(Duration.ofHours(25)));
        Health stale = health.health(takenAt.plus(Duration.ofHours(27)));

        assertThat(fresh.getStatus()).isEqualTo(Status.UP);
        assertThat(fresh.getDetails()).containsEntry("lastBackupAt", takenAt.toString()).containsKey("sameDiskAsData");
        assertThat(stale.getStatus().getCode()).isEqualTo("WARNING");
        assertThat(stale.getDetails().get("warning").toString()).contains("older than 26 hours");

        assertThat(statusCodes.getStatusCode(stale.getStatus())).as("a warning still answers").isEqualTo(200);
        assertThat(statusCodes.getStatusCode(Status.DOWN)).as("a full disk still answers 503").isEqualTo(503);
        assertThat(statusCodes.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
        Answer overall = get("admin", "/actuator/health");
        assertThat(overall.status()).isEqualTo(200);
        assertThat(overall.body().at("/components/backups/status").asText()).isEqualTo("UP");

        // Exported to /actuator/prometheus as ehc_backup_last_success_timestamp_seconds (promtool-checked in the system tests).
        assertThat(meters.get("ehc.backup.last.success.timestamp").gauge().value())
                .isCloseTo(takenAt.toEpochMilli() / 1000.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(meters.get("ehc.backup.failures").counter()).isNotNull();
    }
}
