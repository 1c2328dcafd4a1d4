package uk.ehcworkflow.query.readstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import uk.ehcworkflow.platform.disk.DataDisk;
import uk.ehcworkflow.platform.embedded.DirectWrites;

/**
 * The embedded default's read store: a MongoDB-wire-protocol server in this process, kept in
 * an H2 MVStore file as BSON, reached through the ordinary MongoDB driver exactly as production
 * reaches MongoDB; only a rebuild's new collections are written straight into the file
 * ({@link DirectWrites}, ADR 25).
 */
@Configuration
@Profile("!production")
public class EmbeddedReadStore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedReadStore.class);
    /** Pages of the file kept in memory; the service's whole heap is 512 MB at a million events. */
    private static final int CACHE_MB = 64;
    /** The query service's exit status when its read store's file has failed (sysexits' EX_IOERR). */
    static final int READ_STORE_FAILED = 74;

    /** The file itself; the server's backend closes it when the server shuts down. */
    @Bean(destroyMethod = "")
    MVStore readStoreFile(@Value("${ehc.read-store.embedded.file}") Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the read store's folder for " + file, e);
        }
        Path earlierFormat = file.resolveSibling("read-models.mv");
        if (Files.exists(earlierFormat)) {
            log.info("{} holds read models in an earlier format and is no longer read; it can be deleted", earlierFormat);
        }
        return open(file, (thread, failure) -> stopTheService(failure));
    }

    /**
     * A file the store failed to write (out of memory in a commit, an error from the disk) closes
     * itself: every later read and write is refused, and the processors would retry for ever behind
     * a service that still answers, so its supervisor would never start it again. It stops instead,
     * from another thread (the failing one holds the store's locks, which stopping takes), and starts
     * again from the file's last version, behind which no processor's token can be (ADR 19).
     */
    static void stopTheService(Throwable failure) {
        log.error("The read store's file failed and closed itself; the query service stops, for its supervisor to start"
                + " it again from the file as last written", failure);
        new Thread(() -> System.exit(READ_STORE_FAILED), "read-store-failed").start();
    }

    /** Closed by the server that serves it, which closes it after its last operation. */
    @Bean(destroyMethod = "")
    BsonFileBackend readStoreBackend(MVStore file) {
        return BsonFileBackend.open(file);
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(BsonFileBackend backend, MVStore file, @Value("${ehc.read-store.embedded.port}") int port) {
        MongoServer server = serve(backend, port);
        log.info("Embedded read store listening on {} (file {})", server.getLocalAddress(), file.getFileStore().getFileName());
        return server;
    }

    @Bean
    ReadStoreCompaction readStoreCompaction(MVStore file, BsonFileBackend backend, DataDisk disk) {
        return new ReadStoreCompaction(file, backend, disk);
    }

    /** A read store kept in this file, listening on this loopback port (0: any free one), with its direct writes. */
    public static Served start(Path file, int port) {
        BsonFileBackend backend = BsonFileBackend.open(open(file));
        return new Served(serve(backend, port), backend);
    }

    /** A read store's server, and how a rebuild writes it directly ({@link DirectWrites}). */
    public record Served(MongoServer server, DirectWrites direct) {
    }

    static MVStore open(Path file) {
        return open(file, null);
    }

    static MongoServer serve(MVStore file, int port) {
        return serve(BsonFileBackend.open(file), port);
    }

    /**
     * The file, with MVStore's own background compaction off. MVStore compacts hardest when the
     * file has not been written since it last looked, so on a large store it rewrote chunks exactly
     * while dashboards were reading, and the megabyte buffers it allocated made the collector pause
     * reads (ADR 11). {@link ReadStoreCompaction} compacts while the read models are written instead.
     * Nor does it commit by itself: {@link ReadStoreCompaction} commits between operations (ADR 19),
     * and closing the file commits the rest. Turning off the background commit is not enough: MVStore
     * also commits in the writing thread, in the middle of an operation, once its unsaved changes pass
     * the commit buffer (19 MB by default), which a busy batch of read-model writes reaches; a process
     * killed then restarted with a document written and its id index not, and an upsert of that
     * document was refused on every retry. So the buffer is off too. A failure to write the file
     * closes it and is handed to {@code onFailure}, when given. The file keeps the buffer its commits are
     * written through ({@link KeptBufferFileStore}).
     */
    static MVStore open(Path file, Thread.UncaughtExceptionHandler onFailure) {
        KeptBufferFileStore fileStore = new KeptBufferFileStore(Map.of("cacheSize", CACHE_MB, "autoCompactFillRate", 0));
        fileStore.open(file.toString(), false, null);
        MVStore.Builder builder = new MVStore.Builder().adoptFileStore(fileStore).autoCommitDisabled().autoCommitBufferSize(0);
        return (onFailure == null ? builder : builder.backgroundExceptionHandler(onFailure)).open();
    }

    static MongoServer serve(BsonFileBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server) {
        return MongoClients.create("mongodb://" + server.getLocalAddress().getHostString() + ":"
                + server.getLocalAddress().getPort());
    }
}
