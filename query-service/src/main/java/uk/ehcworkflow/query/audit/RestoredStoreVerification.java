package uk.ehcworkflow.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a restore, the first start verifies the whole hash chain of the restored store, in the
 * background, and writes the verdict into the restore's note ({@code restored-from.json}) and the
 * log: the evidence that what was restored is what was recorded.
 */
@Component
@Profile("!production")
class RestoredStoreVerification {

    static final String MARKER = "restored-from.json";
    private static final Logger log = LoggerFactory.getLogger(RestoredStoreVerification.class);

    private final Path marker;
    private final StoreVerification verification;
    private final ObjectMapper json;

    RestoredStoreVerification(@Value("${ehc.data-dir}") Path dataDir, StoreVerification verification, ObjectMapper json) {
        this.marker = dataDir.resolve(MARKER);
        this.verification = verification;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void verifyIfRestored() throws IOException {
        if (!Files.isRegularFile(marker)) {
            return;
        }
        ObjectNode note = (ObjectNode) json.readTree(marker.toFile());
        if (note.has("verification")) {
            return;
        }
        log.info("This store was restored from {}: verifying its whole hash chain", note.path("backup").asText());
        String id = verification.start().verificationId();
        Thread watcher = new Thread(() -> record(note, id), "restored-store-verification");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void record(ObjectNode note, String id) {
        try {
            StoreVerification.Progress progress = verification.progress(id);
            while (progress.state().equals("RUNNING")) {
                Thread.sleep(Duration.ofSeconds(1).toMillis());
                progress = verification.progress(id);
            }
            note.set("verification", json.valueToTree(progress));
            Files.write(marker, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(note));
            if (progress.intact()) {
                log.info("The restored store's hash chain is intact: {} events in {} aggregates",
                        progress.eventsChecked(), progress.aggregates());
            } else {
                log.error("The restored store's hash chain is NOT intact ({}): {} broken links; see {}",
                        progress.state(), progress.brokenLinks().size(), marker);
            }
        } catch (IOException e) {
            log.error("The restored store's verification could not be written to {}", marker, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
