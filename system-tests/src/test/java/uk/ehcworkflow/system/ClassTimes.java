package uk.ehcworkflow.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when the system tests end, how long each test class took (its services' start included),
 * longest first, so that what makes the build slow is in its output.
 */
public class ClassTimes implements TestExecutionListener {

    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, Duration> took = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier test) {
        className(test).ifPresent(name -> started.put(name, Instant.now()));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        className(test).ifPresent(name -> took.put(name, Duration.between(started.get(name), Instant.now())));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (took.isEmpty()) {
            return;
        }
        Duration total = took.values().stream().reduce(Duration.ZERO, Duration::plus);
        System.out.printf("%nSystem test classes, longest first (%d s in all):%n", total.toSeconds());
        took.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder()))
                .forEach(entry -> System.out.printf("  %5.1f s  %s%n", entry.getValue().toMillis() / 1000.0, entry.getKey()));
    }

    private static java.util.Optional<String> className(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName())
                .map(name -> name.substring(name.lastIndexOf('.') + 1));
    }
}
