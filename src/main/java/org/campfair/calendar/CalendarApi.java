package org.campfair.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.campfair.calendar.internal.FeedSubjects;
import org.campfair.calendar.mail.MailReport;
import org.campfair.calendar.mail.MailReports;
import org.campfair.camp.CampService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The organizers' calendar API: feed URLs of the camp, its host villages and houses;
 * revoking and re-issuing any feed's URL (participants' too); downloads; reminders; how the
 * email invites went.
 * Feed kinds in paths: {@code participants}, {@code villages}, {@code houses}, {@code camp}
 * (whose id is the camp's).
 */
@RestController
@JsonApi
@RequestMapping("/api/camps/{campId}")
@Tag(name = "Calendars", description = "Organizers only (HTTP Basic)")
class CalendarApi {

    private final CampService camps;
    private final FeedSubjects subjects;
    private final FeedTokenService tokens;
    private final CalendarFeeds feeds;
    private final CalendarArchive archive;
    private final ReminderSettings reminders;
    private final MailReports mail;

    CalendarApi(CampService camps, FeedSubjects subjects, FeedTokenService tokens, CalendarFeeds feeds,
            CalendarArchive archive, ReminderSettings reminders, MailReports mail) {
        this.camps = camps;
        this.subjects = subjects;
        this.tokens = tokens;
        this.feeds = feeds;
        this.archive = archive;
        this.reminders = reminders;
        this.mail = mail;
    }

    record FeedLink(String kind, long id, String name, String feedUrl) {
    }

    record CampFeeds(FeedLink camp, List<FeedLink> villages, List<FeedLink> houses) {
    }

    @GetMapping(path = "/calendars", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Feed URLs of the camp (organizers), its host villages and houses; issued on first use")
    CampFeeds feeds(@PathVariable long campId) {
        var camp = camps.get(campId);
        return new CampFeeds(link(FeedSubject.camp(campId), camp.name()),
                subjects.villages(campId).stream()
                        .map(village -> link(FeedSubject.village(campId, village.id()), village.name())).toList(),
                subjects.houses(campId).stream()
                        .map(house -> link(FeedSubject.house(campId, house.id()), house.name())).toList());
    }

    @PostMapping(path = "/calendars/{kind}/{id}/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a feed's URL and issue a new one; the old URL answers 404 from now on")
    FeedLink reissue(@PathVariable long campId, @PathVariable String kind, @PathVariable long id) {
        var feed = existing(campId, kind, id);
        tokens.reissue(feed);
        return link(feed, subjects.heading(feed).orElseThrow().name());
    }

    @DeleteMapping("/calendars/{kind}/{id}/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a feed's URL without issuing a new one (the next listing issues one)")
    void revoke(@PathVariable long campId, @PathVariable String kind, @PathVariable long id) {
        tokens.revoke(existing(campId, kind, id));
    }

    @GetMapping(path = "/calendars/{kind}/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "Download any feed of the camp as an .ics file")
    ResponseEntity<String> download(@PathVariable long campId, @PathVariable String kind, @PathVariable long id) {
        var feed = existing(campId, kind, id);
        var rendered = feeds.render(feed).orElseThrow(() -> new NotFoundException("Calendar", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"campfair-" + kind + "-" + id + ".ics\"")
                .contentType(FeedFilter.TEXT_CALENDAR)
                .eTag(rendered.etag())
                .body(rendered.body());
    }

    @GetMapping(path = "/calendars.zip", produces = "application/zip")
    @Operation(summary = "Every participant's calendar as one .ics file each, zipped")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long campId) {
        camps.get(campId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campfair-" + campId + "-calendars.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> archive.writeZip(campId, out));
    }

    @GetMapping(path = "/calendars/participants/{participantId}/reminders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A participant's reminders: the evening before (18:00) and/or minutes before each start")
    Reminders reminders(@PathVariable long campId, @PathVariable long participantId) {
        existing(campId, "participants", participantId);
        return reminders.of(participantId);
    }

    @PutMapping(path = "/calendars/participants/{participantId}/reminders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose a participant's reminders: the evening before, and at most 3 distinct lead times "
            + "of 5 to 10,080 minutes (a week); their feed carries them from the next poll; 400 lists the fields in error")
    Reminders chooseReminders(@PathVariable long campId, @PathVariable long participantId,
            @RequestBody ReminderChoice chosen) {
        existing(campId, "participants", participantId);
        reminders.choose(participantId, chosen.reminders());
        return reminders.of(participantId);
    }

    /** The request body: both fields may be missing, so that a missing one is a field error, not a crash. */
    record ReminderChoice(@Nullable Boolean eveningBefore, @Nullable List<@Nullable Integer> minutesBefore) {

        Reminders reminders() {
            List<RefusedFieldsException.Problem> missing = new ArrayList<>();
            if (eveningBefore == null) {
                missing.add(RefusedFieldsException.Problem.required("eveningBefore"));
            }
            if (minutesBefore == null || minutesBefore.contains(null)) {
                missing.add(RefusedFieldsException.Problem.required("minutesBefore"));
            }
            if (!missing.isEmpty()) {
                throw new RefusedFieldsException(missing);
            }
            return new Reminders(eveningBefore, minutesBefore);
        }
    }

    @GetMapping(path = "/calendars/mail", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Email invites: counts per status and every message not (yet) sent, with the last error")
    MailReport mail(@PathVariable long campId) {
        camps.get(campId);
        return mail.of(campId);
    }

    private FeedSubject existing(long campId, String kind, long id) {
        camps.get(campId);
        var feed = switch (kind) {
            case "participants" -> FeedSubject.participant(campId, id);
            case "villages" -> FeedSubject.village(campId, id);
            case "houses" -> FeedSubject.house(campId, id);
            case "camp" -> {
                if (id != campId) {
                    throw new NotFoundException("Calendar", id);
                }
                yield FeedSubject.camp(campId);
            }
            default -> throw new NotFoundException("Calendar", id);
        };
        if (subjects.heading(feed).isEmpty()) {
            throw new NotFoundException("Calendar", id);
        }
        return feed;
    }

    private FeedLink link(FeedSubject feed, String name) {
        return new FeedLink(pathName(feed.kind()), feed.subjectId(), name, FeedPaths.url(tokens.tokenFor(feed)));
    }

    private static String pathName(FeedKind kind) {
        return switch (kind) {
            case PARTICIPANT -> "participants";
            case VILLAGE -> "villages";
            case HOUSE -> "houses";
            case CAMP -> "camp";
        };
    }
}
