package uk.ehcworkflow.platform.startup;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;

/**
 * Starts a service with Axon's usage reporting switched off before anything can phone home, and
 * with the defaults both services share for their logs: a file per service in the data folder,
 * rolled each day and at 10 MB, compressed, kept 14 days and never more than 100 MB in all.
 * {@code --logging.structured.format.file=ecs} writes that file as one JSON object per line.
 * Before anything, the process's umask becomes 077: every file it writes is its user's alone.
 */
public final class ServiceStartup {

    /** The log defaults; each can be overridden like any property. */
    static final Map<String, Object> LOG_DEFAULTS = Map.of(
            "logging.file.name", "${ehc.data-dir}/logs/${spring.application.name}.log",
            "logging.logback.rollingpolicy.file-name-pattern", "${LOG_FILE}.%d{yyyy-MM-dd}.%i.gz",
            "logging.logback.rollingpolicy.max-file-size", "10MB",
            "logging.logback.rollingpolicy.max-history", "14",
            "logging.logback.rollingpolicy.total-size-cap", "100MB");

    private ServiceStartup() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        OwnerOnlyFiles.restrictThisProcess();
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication app = new SpringApplication(application);
        app.setDefaultProperties(LOG_DEFAULTS);
        return app.run(args);
    }
}
