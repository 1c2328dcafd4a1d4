package uk.ehcworkflow.command.backup;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' online backups of the embedded default (the production stack backs up its own databases). */
@RestController
@RequestMapping("/api/admin/backups")
@Profile("!production")
class BackupController {

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    /** Takes a backup while the service keeps taking commands; answers with its file, size, checksum and last event. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Backup take() {
        return backups.take();
    }

    /** The backups in the folder, newest first, as their names and checksums describe them (none is opened). */
    @GetMapping
    List<Backups.Listed> list() {
        return backups.list();
    }
}
