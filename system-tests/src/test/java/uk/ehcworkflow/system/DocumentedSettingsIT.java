package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ehc.*} setting the services read, from their code and their application.yml files,
 * is listed in docs/configuration.md, so an operator never has to read the code to find one.
 */
class DocumentedSettingsIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(ehc\\.[a-zA-Z0-9.\\-]+)");

    @Test
    void every_setting_the_services_read_is_in_the_configuration_document() throws Exception {
        Path root = Files.exists(Path.of("docs")) ? Path.of(".") : Path.of("..");
        Set<String> read = new TreeSet<>();
        for (String module : new String[] {"service-platform", "command-service", "query-service"}) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yml")).toList()) {
                    Matcher setting = PLACEHOLDER.matcher(Files.readString(file));
                    while (setting.find()) {
                        read.add(setting.group(1));
                    }
                }
            }
        }
        String documented = Files.readString(root.resolve("docs/configuration.md"));

        assertThat(read).as("settings found in the code").contains("ehc.data-dir", "ehc.backup-dir", "ehc.disk.reserve");
        assertThat(read).allSatisfy(setting -> assertThat(documented).as(setting).contains("`" + setting + "`"));
    }
}
