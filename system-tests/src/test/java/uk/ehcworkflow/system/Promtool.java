package uk.ehcworkflow.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus's {@code promtool}, from Debian's prometheus package. Where it is not installed the
 * check is skipped with one line saying why; under CI (which installs it) a missing promtool fails.
 */
final class Promtool {

    static final Path PROMTOOL = Path.of(System.getProperty("ehc.promtool", "/usr/bin/promtool"));

    private Promtool() {
    }

    static void assumeInstalled() {
        if (Files.isExecutable(PROMTOOL)) {
            return;
        }
        String why = "Prometheus's own metric checks skipped: " + PROMTOOL
                + " is missing (install Debian's prometheus package to run them; .ci/run does).";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Under CI the metric checks must run. " + why);
        }
        System.out.println(why);
        Assumptions.abort(why);
    }

    /** What {@code promtool check metrics} finds wrong with an exposition: empty when it passes. */
    static String checkMetrics(String exposition) throws IOException, InterruptedException {
        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = promtool.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String findings = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!promtool.waitFor(60, TimeUnit.SECONDS)) {
            promtool.destroyForcibly();
            throw new IllegalStateException("promtool did not finish");
        }
        return promtool.exitValue() == 0 ? findings : "exit " + promtool.exitValue() + ": " + findings;
    }
}
