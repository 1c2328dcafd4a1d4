package uk.ehcworkflow.support;

import java.nio.file.Path;

/** Both services on one data folder, started as run.sh starts them; closing stops them cleanly. */
public final class ServicePair implements AutoCloseable {

    private final ServiceProcess commands;
    private final ServiceProcess queries;

    private ServicePair(Path dataDir) {
        this.commands = new ServiceProcess("command-service", dataDir);
        this.queries = new ServiceProcess("query-service", dataDir);
    }

    public static ServicePair start(Path dataDir) throws Exception {
        ServicePair pair = new ServicePair(dataDir);
        pair.commands.start();
        pair.queries.start();
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
