package uk.ehcworkflow.command;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.ehcworkflow.command.backup.Restore;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;
import uk.ehcworkflow.platform.startup.ServiceStartup;

/** The write side of ehc-workflow: commands in, events into the event store. */
@SpringBootApplication
@EnableScheduling
public class CommandServiceApplication {

    /** Starts the service; {@code restore BACKUP.zip [...]} instead restores a backup into a data folder and exits. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("restore")) {
            OwnerOnlyFiles.restrictThisProcess();
            System.exit(Restore.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        ServiceStartup.run(CommandServiceApplication.class, args);
    }
}
