package uk.ehcworkflow.system.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run in Debian's Chromium through chromium-driver. Where neither is installed they
 * are skipped, with one line saying why; under CI (which installs both) a missing browser fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    Path CHROMIUM = Path.of(System.getProperty("ehc.chromium", "/usr/bin/chromium"));
    Path CHROMEDRIVER = Path.of(System.getProperty("ehc.chromedriver", "/usr/bin/chromedriver"));

    class Condition implements ExecutionCondition {

        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and chromium-driver are installed");
            }
            String why = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (install Debian's chromium and chromium-driver to run them; .ci/run does).";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Under CI the browser tests must run. " + why);
            }
            if (SAID.compareAndSet(false, true)) {
                System.out.println(why);
            }
            return ConditionEvaluationResult.disabled(why);
        }
    }
}
