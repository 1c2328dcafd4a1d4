package uk.ehcworkflow.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.ehcworkflow.platform.startup.ServiceStartup;

/** The read side of ehc-workflow: projections into read models, and the API that reads them. */
@SpringBootApplication
@EnableScheduling
public class QueryServiceApplication {

    public static void main(String[] args) {
        ServiceStartup.run(QueryServiceApplication.class, args);
    }
}
