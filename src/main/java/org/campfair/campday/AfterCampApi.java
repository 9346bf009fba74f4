package org.campfair.campday;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.campfair.importing.ExportEncoding;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * After the camp over the API: the camp's confirmed hours (JSON or CSV) and every certificate
 * in a zip for its organizers; a participant's own certificate and their choice of name on it.
 */
@RestController
@JsonApi
@Tag(name = "After the camp", description = "Confirmed hours and certificates of participation")
class AfterCampApi {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    record Seat(LocalDate day, LocalTime start, LocalTime end, String task, String site, String village,
            @Nullable CheckInState state, int plannedMinutes, int confirmedMinutes) {
    }

    record Person(long participantId, String nickname, String legalName, int plannedMinutes, int confirmedMinutes,
            List<Seat> seats) {
    }

    record Hours(long campId, String camp, List<Person> participants) {
    }

    record NameChoice(@Nullable CertificateName name) {
    }

    private final ConfirmedHoursService hours;
    private final CertificateService certificates;
    private final AccountService accounts;

    AfterCampApi(ConfirmedHoursService hours, CertificateService certificates, AccountService accounts) {
        this.hours = hours;
        this.certificates = certificates;
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/camps/{campId}/confirmed-hours", produces = {"application/json", "text/csv"})
    @Operation(summary = "Confirmed hours so far: every participant with each published seat that started or "
            + "was marked, its state and planned and confirmed minutes (only came, came late and left early "
            + "count). JSON by default; CSV (one row per participant and seat) with format=csv or Accept: text/csv",
            responses = @ApiResponse(responseCode = "200", content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = Hours.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    ResponseEntity<?> confirmedHours(@PathVariable long campId,
            @Parameter(description = "json or csv; without it the Accept header decides, JSON first")
            @RequestParam(required = false) @Nullable String format,
            @Parameter(description = "for CSV: utf-8 (with a byte order mark, the default) or shift_jis")
            @RequestParam(defaultValue = "utf-8") String encoding,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        if (wantsCsv(format, accept)) {
            byte[] csv = hours.csv(campId, encoding(encoding));
            var charset = encoding(encoding) == ExportEncoding.SHIFT_JIS ? "Shift_JIS" : "UTF-8";
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("text/csv; charset=" + charset))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("camp-" + campId + "-confirmed-hours.csv").build().toString())
                    .body(csv);
        }
        var all = hours.of(campId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Hours(all.campId(), all.camp(),
                all.participants().stream().map(p -> new Person(p.participantId(), p.nickname(), p.legalName(),
                        p.plannedMinutes(), p.confirmedMinutes(), p.seats().stream()
                                .map(s -> new Seat(s.day(), s.start(), s.end(), s.task(), s.site(), s.village(),
                                        s.state(), s.plannedMinutes(), s.confirmedMinutes()))
                                .toList()))
                        .toList()));
    }

    @GetMapping(path = "/api/camps/{campId}/certificates.zip", produces = "application/zip")
    @Operation(summary = "Every participant's certificate of participation (PDF) in one zip, once the camp has "
            + "ended in its time zone; each with the name its participant chose, files named by id and nickname")
    ResponseEntity<byte[]> certificates(@PathVariable long campId) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("camp-" + campId + "-certificates.zip").build().toString())
                .body(certificates.certificates(campId));
    }

    @GetMapping(path = "/api/me/certificate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My certificate: the name it shows, whether a legal name is on record, and from which "
            + "day (camp time) it can be downloaded")
    CertificateChoice myChoice(Principal principal) {
        return certificates.choice(accounts.signedInParticipant(principal));
    }

    @PutMapping(path = "/api/me/certificate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose the name on my certificate: NICKNAME (the default) or LEGAL_NAME")
    CertificateChoice choose(Principal principal, @RequestBody NameChoice choice) {
        if (choice.name() == null) {
            throw new IllegalArgumentException("Say which name the certificate shows: NICKNAME or LEGAL_NAME");
        }
        return certificates.choose(accounts.signedInParticipant(principal), choice.name());
    }

    @GetMapping(path = "/api/me/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "My certificate of participation as PDF, once the camp has ended in its time zone")
    ResponseEntity<byte[]> myCertificate(Principal principal,
            @Parameter(description = "nickname or legal_name for this download only; without it, the name chosen")
            @RequestParam(required = false) @Nullable String name) {
        long me = accounts.signedInParticipant(principal);
        byte[] pdf = name == null ? certificates.certificate(me) : certificates.certificate(me, name(name));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificate.pdf").build().toString())
                .body(pdf);
    }

    private static boolean wantsCsv(@Nullable String format, @Nullable String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new IllegalArgumentException("format must be json or csv");
            };
        }
        if (accept == null) {
            return false;
        }
        // The most wanted of the two; on a tie (or */*) the one named first, and JSON before CSV.
        MediaType best = null;
        for (var type : MediaType.parseMediaTypes(accept.length() > 1000 ? "*/*" : accept)) {
            boolean fits = type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(CSV);
            if (fits && (best == null || type.getQualityValue() > best.getQualityValue())) {
                best = type;
            }
        }
        return best != null && best.getSubtype().equals("csv");
    }

    private static ExportEncoding encoding(String encoding) {
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> ExportEncoding.UTF8_BOM;
            case "shift_jis", "shift-jis", "sjis", "cp932" -> ExportEncoding.SHIFT_JIS;
            default -> throw new IllegalArgumentException("encoding must be utf-8 or shift_jis");
        };
    }

    private static CertificateName name(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nickname" -> CertificateName.NICKNAME;
            case "legal_name", "legal-name", "legal" -> CertificateName.LEGAL_NAME;
            default -> throw new IllegalArgumentException("name must be nickname or legal_name");
        };
    }
}
