package org.campfair.importing;

import org.campfair.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads a camp as a zip of its CSV files; under /api, so organizers only (HTTP Basic). */
@RestController
class CampExportApi {

    private final CampExportService exporter;

    CampExportApi(CampExportService exporter) {
        this.exporter = exporter;
    }

    @GetMapping(path = "/api/camps/{campId}/export.zip", produces = "application/zip")
    ResponseEntity<byte[]> exportZip(@PathVariable long campId) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("camp-" + campId + "-csv.zip").build().toString())
                .body(exporter.exportZip(campId));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
