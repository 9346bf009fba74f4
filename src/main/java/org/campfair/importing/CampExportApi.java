package org.campfair.importing;

import java.util.Locale;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.web.JsonApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads a camp as a zip of its CSV files; under /api, so organizers only (HTTP Basic). */
@RestController
@JsonApi
class CampExportApi {

    private final CampExportService exporter;

    CampExportApi(CampExportService exporter) {
        this.exporter = exporter;
    }

    /**
     * {@code encoding}: {@code utf-8} (the default, with a byte order mark, which Excel needs to
     * read UTF-8) or {@code shift_jis} (CP932, for older Japanese tools).
     */
    @GetMapping(path = "/api/camps/{campId}/export.zip", produces = "application/zip")
    ResponseEntity<byte[]> exportZip(@PathVariable long campId,
            @RequestParam(defaultValue = "utf-8") String encoding) {
        var chosen = switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> ExportEncoding.UTF8_BOM;
            case "shift_jis", "shift-jis", "sjis", "cp932" -> ExportEncoding.SHIFT_JIS;
            default -> throw new IllegalArgumentException("encoding must be utf-8 or shift_jis");
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("camp-" + campId + "-csv.zip").build().toString())
                .body(exporter.exportZip(campId, chosen));
    }

    /**
     * Shift_JIS cannot hold a character of the camp: which file, line and character, in English.
     * A 422 here, where {@link JsonApi}'s other refusals are 400s: the request was right, the
     * camp's text does not fit the encoding asked for. An unknown encoding or camp is answered
     * like the rest of the API.
     */
    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                Translations.text(Translations.ENGLISH, e.messageKey(), e.arguments()));
    }
}
