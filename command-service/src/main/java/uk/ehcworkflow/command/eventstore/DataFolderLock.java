package uk.ehcworkflow.command.eventstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One command service per data folder, held by an operating-system lock on
 * {@code command-service.lock} before anything opens the store, and released by the system however
 * the process ends. It stands in for H2's own file lock, which the store's URL turns off: after a
 * write failed on a full disk H2 keeps that lock in the failed store, so the store could not be
 * reopened in this process once room returns ({@link DiskTrouble}).
 */
@Component
@Profile("!production")
class DataFolderLock implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String FILE = "command-service.lock";
    /** Held for the life of the process. */
    private static FileLock held;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        acquire(Path.of(environment.getProperty("ehc.data-dir", "./data")));
    }

    private static synchronized void acquire(Path dataDir) {
        if (held != null && held.isValid()) {
            return;
        }
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another command service is using the data folder " + dataDir.toAbsolutePath()
                        + ": stop it first (only one may own the event store)");
            }
            held = lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + dataDir.toAbsolutePath(), e);
        }
    }
}
