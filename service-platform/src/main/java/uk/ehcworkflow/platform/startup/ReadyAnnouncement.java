package uk.ehcworkflow.platform.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Says, once, that the service is ready and where to reach it. */
public class ReadyAnnouncement implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("{} is ready at http://{}:{} (data in {})",
                environment.getProperty("spring.application.name"),
                environment.getProperty("server.address", "127.0.0.1"), port,
                environment.getProperty("ehc.data-dir", "./data"));
    }
}
