package org.campfair.shared.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any account's download of everything Campfair holds about it, as on the page me/account. */
@RestController
@Tag(name = "My data", description = "Any account: all data held about it")
class MyDataApi {

    private final OwnAccount account;

    MyDataApi(OwnAccount account) {
        this.account = account;
    }

    @GetMapping(path = "/api/me/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Everything held about me: account, API tokens (no secrets) and, for a participant, "
            + "profile, needs, wishes, schedule, calendar and check-ins")
    ResponseEntity<byte[]> mine() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("campfair-my-data.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.export());
    }
}
