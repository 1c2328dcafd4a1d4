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
 * Both services started from their jars, as run.sh starts them. Every class that needs only the
 * default configuration shares one pair for the whole run (starting a pair costs half a minute), so
 * each test works on records of its own and never counts what it did not make. A class that
 * reconfigures the services ({@link #serviceArguments()}) or stops them gets a pair of its own, in a
 * fresh data folder, as does one whose checks count the whole area ({@link #sharesServices()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningServices {

    protected final Api api = new Api();
    protected Path dataDir;
    protected ServiceProcess commands;
    protected ServiceProcess queries;
    private ServicePair own;

    @BeforeAll
    void startServices(@TempDir Path folder) throws Exception {
        ServicePair services;
        if (serviceArguments().length == 0 && sharesServices()) {
            services = SharedServices.pair();
            dataDir = SharedServices.dataDir();
        } else {
            dataDir = folder;
            own = ServicePair.start(folder, serviceArguments());
            services = own;
        }
        commands = services.commands();
        queries = services.queries();
    }

    /**
     * Whether the class can work beside the other classes' records. One whose checks count the
     * whole area (figures of a year, every late step, every action) needs services of its own.
     */
    protected boolean sharesServices() {
        return true;
    }

    /** Settings both services start with, as {@code --name=value}: none unless a test class needs some. */
    protected String[] serviceArguments() {
        return new String[0];
    }

    @AfterAll
    void stopServices() throws Exception {
        if (own != null) {
            own.close();
        }
    }

    /** The one pair the default-configured classes share, started on first use and stopped when the tests end. */
    private static final class SharedServices {

        private static ServicePair pair;
        private static Path dataDir;

        static synchronized ServicePair pair() throws Exception {
            if (pair == null) {
                dataDir = java.nio.file.Files.createTempDirectory("ehc-shared-services");
                pair = ServicePair.start(dataDir);
                ServicePair started = pair;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                        try (var files = java.nio.file.Files.walk(dataDir)) {
                            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                                java.nio.file.Files.deleteIfExists(file);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.io.IOException leftBehind) {
                        // a temporary folder, removed with the others
                    }
                }, "stop-shared-services"));
            }
            return pair;
        }

        static synchronized Path dataDir() {
            return dataDir;
        }
    }
}
