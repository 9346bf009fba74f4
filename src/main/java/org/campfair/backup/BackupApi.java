package org.campfair.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backups of the whole database, for staff organizers only (the service refuses everyone
 * else with 403): a backup holds every camp.
 */
@RestController
@RequestMapping(path = "/api/backups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Backups", description = "Staff organizers only (HTTP Basic)")
class BackupApi {

    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Back up the whole database now; answers the new file's name and size")
    BackupFile backUp() {
        return backups.backUpNow();
    }

    @GetMapping
    @Operation(summary = "The backups in the backups folder, newest first")
    List<BackupFile> list() {
        return backups.list();
    }

    @ExceptionHandler(BackupFailedException.class)
    ProblemDetail failed(BackupFailedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }
}
