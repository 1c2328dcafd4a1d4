package uk.ehcworkflow.support;

import java.nio.file.Path;
import java.util.List;

/** Both services on one data folder, started as run.sh starts them; closing stops them cleanly. */
public final class ServicePair implements AutoCloseable {

    private final ServiceProcess commands;
    private final ServiceProcess queries;

    private ServicePair(Path dataDir, List<String> arguments) {
        this.commands = new ServiceProcess("command-service", dataDir, arguments);
        this.queries = new ServiceProcess("query-service", dataDir, arguments);
    }

    /** @param arguments passed to both services, as {@code --name=value} */
    public static ServicePair start(Path dataDir, String... arguments) throws Exception {
        ServicePair pair = new ServicePair(dataDir, List.of(arguments));
        try {
            pair.commands.start();
            pair.queries.start();
        } catch (Exception | Error failed) {
            // A pair that did not start is stopped whole: no process outlives the test that started it.
            pair.close();
            throw failed;
        }
        return pair;
    }

    public ServiceProcess commands() {
        return commands;
    }

    public ServiceProcess queries() {
        return queries;
    }

    @Override
    public void close() throws InterruptedException {
        queries.stop();
        commands.stop();
    }
}
