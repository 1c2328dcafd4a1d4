package uk.ehcworkflow.platform.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a service with Axon's usage reporting switched off before anything can phone home. */
public final class ServiceStartup {

    private ServiceStartup() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return SpringApplication.run(application, args);
    }
}
