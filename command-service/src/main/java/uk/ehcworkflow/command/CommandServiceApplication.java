package uk.ehcworkflow.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.ehcworkflow.platform.startup.ServiceStartup;

/** The write side of ehc-workflow: commands in, events into the event store. */
@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        ServiceStartup.run(CommandServiceApplication.class, args);
    }
}
