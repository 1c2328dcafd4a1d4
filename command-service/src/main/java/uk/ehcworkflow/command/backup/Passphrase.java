package uk.ehcworkflow.command.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;

/**
 * The passphrase backups are encrypted with, read from a file the operator keeps outside the data
 * folder (and a copy off-site: without it no backup can be restored). A passphrase kept in the
 * data folder would travel with every copy of the data it protects, and one anyone on the server
 * can read protects nothing; both are refused, as is one too short to resist guessing.
 */
final class Passphrase {

    static final int SHORTEST = 16;
    static final String NONE_GIVEN = "no passphrase file is given";

    /** Why there is no usable passphrase: said to the operator as it is. */
    static final class Unusable extends Exception {
        Unusable(String why) {
            super(why);
        }
    }

    private Passphrase() {
    }

    static char[] read(Path file, Path dataDir) throws Unusable {
        if (file == null) {
            throw new Unusable(NONE_GIVEN);
        }
        Path passphrase = file.toAbsolutePath().normalize();
        if (dataDir != null && passphrase.startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new Unusable("the passphrase file " + passphrase + " is inside the data folder, so it would travel with "
                    + "the data it protects: keep it elsewhere");
        }
        if (!Files.isRegularFile(passphrase)) {
            throw new Unusable("the passphrase file " + passphrase + " does not exist or is not a file");
        }
        try {
            if (Files.getFileStore(passphrase).supportsFileAttributeView("posix") && OwnerOnlyFiles.isShared(passphrase)) {
                throw new Unusable("the passphrase file " + passphrase + " can be read by others ("
                        + OwnerOnlyFiles.mode(passphrase) + "): chmod 600 it");
            }
            String text = Files.readString(passphrase, StandardCharsets.UTF_8).strip();
            if (text.length() < SHORTEST) {
                throw new Unusable("the passphrase in " + passphrase + " is shorter than " + SHORTEST + " characters");
            }
            return text.toCharArray();
        } catch (IOException e) {
            throw new Unusable("the passphrase file " + passphrase + " cannot be read: " + e.getMessage());
        }
    }
}
