package uk.ehcworkflow.command.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Health's {@code backups}: WARNING when the newest backup is older than {@code ehc.backup.warn-after}
 * (26 hours: a daily backup missed), or when none has been taken that long after the service
 * started, or when backups cannot be taken at all (no usable passphrase). The service still
 * answers 200: it works, but the area's data is not being protected and someone must look.
 */
@Component("backupsHealthIndicator")
@Profile("!production")
class BackupHealth implements HealthIndicator {

    static final Status WARNING = new Status("WARNING", "backups need attention");

    private final Backups backups;
    private final BackupSettings settings;
    private final Clock clock;
    private final Instant started;

    BackupHealth(Backups backups, BackupSettings settings, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        return health(clock.instant());
    }

    Health health(Instant now) {
        Health.Builder health = Health.up().withDetail("folder", settings.directory().toString())
                .withDetail("sameDiskAsData", settings.sharesDiskWithData());
        backups.lastSuccess().ifPresentOrElse(last -> health.withDetail("lastBackupAt", last.toString())
                .withDetail("ageHours", Duration.between(last, now).toMinutes() / 60.0), () -> health.withDetail("lastBackupAt", "none"));
        Instant since = backups.lastSuccess().orElse(started);
        if (Duration.between(since, now).compareTo(settings.warnAfter()) > 0) {
            health.status(WARNING).withDetail("warning", backups.lastSuccess().isPresent()
                    ? "The newest backup is older than " + settings.warnAfter().toHours() + " hours: backups have stopped"
                    : "No backup has been taken in the " + settings.warnAfter().toHours() + " hours since the service started");
        }
        backups.cannotBackUp().ifPresent(why -> health.status(WARNING).withDetail("cannotBackUp", why));
        return health.build();
    }
}
