package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units as systemd itself reads them ({@code systemd-analyze verify}: no unknown key, no
 * bad value), and the settings a server install depends on: owner-only files, the
 * watchdog, the daily backup timer.
 */
class SystemdUnitsIT {

    private static final Path UNITS = Files.exists(Path.of("ops")) ? Path.of("ops", "systemd") : Path.of("..", "ops", "systemd");

    @Test
    void the_units_are_valid_and_keep_files_private_restart_hung_services_and_back_up_daily(@TempDir Path copies)
            throws Exception {
        String command = Files.readString(UNITS.resolve("ehc-command.service"));
        String query = Files.readString(UNITS.resolve("ehc-query.service"));
        for (String unit : List.of(command, query)) {
            assertThat(unit).contains("UMask=0077", "Type=notify", "NotifyAccess=main", "WatchdogSec=60",
                    "Restart=on-failure", "EnvironmentFile=/etc/ehc-workflow/ehc.env");
        }
        assertThat(command).contains("--ehc.backup.passphrase-file=${EHC_BACKUP_PASSPHRASE_FILE}",
                "ReadWritePaths=/var/lib/ehc-workflow /var/backups/ehc-workflow");
        assertThat(Files.readString(UNITS.resolve("ehc-backup.service"))).contains("UMask=0077", "User=ehc",
                "ExecStart=/opt/ehc-workflow/ops/backup.sh");
        assertThat(Files.readString(UNITS.resolve("ehc-backup.timer"))).contains("OnCalendar=*-*-* 02:30:00",
                "Persistent=true");

        if (!InstalledTool.available("systemd-analyze", "systemd", "Checking the units with systemd-analyze")) {
            return;
        }
        List<String> verify = new ArrayList<>(List.of("systemd-analyze", "verify"));
        try (Stream<Path> units = Files.list(UNITS)) {
            for (Path unit : units.filter(f -> f.toString().matches(".*\\.(service|timer)")).toList()) {
                // The backup script is not installed here; any executable stands in for it.
                Path copy = copies.resolve(unit.getFileName());
                Files.writeString(copy, Files.readString(unit).replace("/opt/ehc-workflow/ops/backup.sh", "/bin/true"));
                verify.add(copy.toString());
            }
        }
        Process analyze = new ProcessBuilder(verify).redirectErrorStream(true).start();
        String said = new String(analyze.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(analyze.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as("systemd-analyze verify").isEmpty();
        assertThat(analyze.exitValue()).isZero();
    }
}
