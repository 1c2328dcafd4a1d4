package uk.ehcworkflow.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program from a Debian package that a check needs (gpg, systemd-analyze). Where it is missing
 * the check is left out with one line saying why; under CI, which installs it, a missing one fails.
 */
final class InstalledTool {

    private InstalledTool() {
    }

    /** Whether the program is on the PATH; if not, says so (or, under CI, fails). */
    static boolean available(String program, String debianPackage, String check) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        String why = check + " left out: " + program + " is not installed (apt-get install " + debianPackage
                + "; .ci/run installs it).";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Under CI every check must run. " + why);
        }
        System.out.println(why);
        return false;
    }
}
