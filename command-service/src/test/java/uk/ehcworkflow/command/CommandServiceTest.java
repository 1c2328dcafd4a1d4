package uk.ehcworkflow.command;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole command service on real HTTP and its embedded H2 event store, in a data folder of
 * its own. Subclasses share one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CommandServiceTest {

    /** Outlives each test class, as the cached Spring context does; {@code mvn clean} removes it. */
    private static final Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("ehc.data-dir", () -> dataDir.toString());
    }
}
