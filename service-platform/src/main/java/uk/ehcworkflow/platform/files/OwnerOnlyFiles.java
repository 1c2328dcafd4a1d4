package uk.ehcworkflow.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every file a service or its tools write is readable by the service's user alone: the event
 * store, the read store, the keys, the logs, the backups, the erasure register. The process's
 * umask is set to 077 before anything is written, so this holds for files the libraries create
 * too (H2, the read store, the rolling log), however the service was started; folders written
 * by an older version, or made by hand, are brought to the same modes at start.
 */
public final class OwnerOnlyFiles {

    /** rwx for the owner, nothing for group or others. */
    public static final int UMASK = 0077;
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {
    }

    /** Sets this process's umask to 077; the first thing each service and tool does. */
    public static void restrictThisProcess() {
        try {
            LibC.INSTANCE.umask(UMASK);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError notPosix) {
            // Not a POSIX system: the folder modes below are all there is.
            System.err.println("Cannot set the umask here (" + notPosix.getMessage() + "): files take the system's modes");
        }
    }

    /** Creates the folder if need be, and takes group's and others' access away from it and everything in it. */
    public static void restrictFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                return;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    ownerOnly(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) {
                        ownerOnly(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A file the other service removed meanwhile (a temporary file, a rolled log) needs nothing. */
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw failure;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + folder + " readable by the service's user alone", e);
        }
    }

    /** Whether group or others may read, write or enter the file. */
    public static boolean isShared(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        permissions.retainAll(GROUP_AND_OTHERS);
        return !permissions.isEmpty();
    }

    /** The mode as {@code ls -l} shows it, for messages. */
    public static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (permissions.removeAll(GROUP_AND_OTHERS)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (NoSuchFileException removedMeanwhile) {
            // the other service, sharing the folder, removed it between the listing and now
        }
    }
}
