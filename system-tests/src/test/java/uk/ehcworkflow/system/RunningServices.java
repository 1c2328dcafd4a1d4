package uk.ehcworkflow.system;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * Both services started from their jars, as run.sh starts them, sharing one fresh data folder
 * for the whole test class. A class sets up what its tests read before any of them runs; a test
 * that changes something works on records of its own, so each test passes alone and in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningServices {

    protected final Api api = new Api();
    protected Path dataDir;
    protected ServiceProcess commands;
    protected ServiceProcess queries;
    private ServicePair services;

    @BeforeAll
    void startServices(@TempDir Path dataDir) throws Exception {
        this.dataDir = dataDir;
        services = ServicePair.start(dataDir, serviceArguments());
        commands = services.commands();
        queries = services.queries();
    }

    /** Settings both services start with, as {@code --name=value}: none unless a test class needs some. */
    protected String[] serviceArguments() {
        return new String[0];
    }

    @AfterAll
    void stopServices() throws Exception {
        services.close();
    }
}
