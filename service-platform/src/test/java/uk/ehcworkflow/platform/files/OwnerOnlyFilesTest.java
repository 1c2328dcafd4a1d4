package uk.ehcworkflow.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @Test
    void after_the_umask_is_set_every_new_file_and_folder_is_the_owners_alone(@TempDir Path folder) throws Exception {
        int before = LibC.INSTANCE.umask(0022);
        try {
            OwnerOnlyFiles.restrictThisProcess();
            Path file = Files.writeString(folder.resolve("written-by-a-library"), "x");
            Path dir = Files.createDirectory(folder.resolve("made-by-a-library"));

            assertThat(OwnerOnlyFiles.mode(file)).isEqualTo("rw-------");
            assertThat(OwnerOnlyFiles.mode(dir)).isEqualTo("rwx------");
        } finally {
            LibC.INSTANCE.umask(before);
        }
    }

    @Test
    void a_folder_left_readable_by_an_older_version_is_made_the_owners_alone_with_all_it_holds(@TempDir Path parent)
            throws Exception {
        Path data = Files.createDirectories(parent.resolve("data/logs"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x"))).getParent();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path store = Files.writeString(data.resolve("event-store.mv.db"), "x");
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-r--r--"));
        Path script = Files.writeString(data.resolve("logs/tool"), "x");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

        OwnerOnlyFiles.restrictFolder(data);

        assertThat(OwnerOnlyFiles.mode(data)).isEqualTo("rwx------");
        assertThat(OwnerOnlyFiles.mode(data.resolve("logs"))).isEqualTo("rwx------");
        assertThat(OwnerOnlyFiles.mode(store)).isEqualTo("rw-------");
        assertThat(OwnerOnlyFiles.mode(script)).isEqualTo("rwx------");
        assertThat(OwnerOnlyFiles.isShared(store)).isFalse();
    }

    @Test
    void files_the_other_service_removes_meanwhile_are_passed_over(@TempDir Path data) throws Exception {
        for (int i = 0; i < 2_000; i++) {
            Files.writeString(data.resolve("temporary-" + i), "x");
        }
        Thread remover = new Thread(() -> {
            for (int i = 1_999; i >= 0; i--) {
                try {
                    Files.deleteIfExists(data.resolve("temporary-" + i));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        remover.start();

        OwnerOnlyFiles.restrictFolder(data);

        remover.join();
        assertThat(OwnerOnlyFiles.mode(data)).isEqualTo("rwx------");
    }
}
