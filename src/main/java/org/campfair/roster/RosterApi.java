package org.campfair.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.solver.RosterWeights;
import org.campfair.roster.solver.Rule;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organizers' roster tools: explanations, rule weights, hand edits and pins, changes, dropouts. */
@RestController
@JsonApi
@RequestMapping(path = "/api/camps/{campId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roster", description = "Organizers only (HTTP Basic)")
class RosterApi {

    private final RosterService rosters;
    private final RosterEdits edits;
    private final ParticipantService participants;
    private final RuleWeightService ruleWeights;

    RosterApi(RosterService rosters, RosterEdits edits, ParticipantService participants,
            RuleWeightService ruleWeights) {
        this.rosters = rosters;
        this.edits = edits;
        this.participants = participants;
        this.ruleWeights = ruleWeights;
    }

    record SeatEdit(@Nullable Long participantId, boolean pinned) {
    }

    /** The request body; {@code from} may be missing, so that its absence is a field error, not a crash. */
    record Dropout(@Nullable LocalDate from) {
    }

    @GetMapping("/explanation")
    @Operation(summary = "Why the roster scores what it scores, as sentences; filter by nickname, task or day")
    RosterExplanation explanation(@PathVariable long campId, @RequestParam(required = false) @Nullable String nickname,
            @RequestParam(required = false) @Nullable String task,
            @RequestParam(required = false) @Nullable LocalDate day,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        var explanation = rosters.explain(campId, language(acceptLanguage));
        var reasons = explanation.reasons().stream()
                .filter(r -> nickname == null || r.nicknames().contains(nickname))
                .filter(r -> task == null || task.equals(r.task()))
                .filter(r -> day == null || day.equals(r.day()))
                .toList();
        return new RosterExplanation(campId, explanation.score(), explanation.feasible(), explanation.constraints(),
                reasons);
    }

    /**
     * The best of Campfair's languages for an Accept-Language header; English when there is
     * none, none matches or the header cannot be read (the server's own locale never leaks in).
     */
    static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Translations.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Translations.LANGUAGES);
            return best == null ? Translations.ENGLISH : best;
        } catch (IllegalArgumentException unreadable) {
            return Translations.ENGLISH;
        }
    }

    @GetMapping("/roster/weights")
    @Operation(summary = "How much each soft rule counts in the camp's next solve: its own weight or the default")
    Map<RosterWeights, Long> weights(@PathVariable long campId) {
        return byRule(ruleWeights.weights(campId));
    }

    @PutMapping(path = "/roster/weights", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the soft rules' weights (0 to 10,000,000); a rule left out goes back to its default")
    Map<RosterWeights, Long> saveWeights(@PathVariable long campId,
            @RequestBody Map<RosterWeights, @Nullable Long> weights) {
        return byRule(ruleWeights.save(campId, weights));
    }

    /**
     * One rule of the roster as the API lists it.
     *
     * @param key the rule's stable id; a soft rule's weight is set under it
     * @param constraint the English name the explanation's reasons carry
     * @param name the name in the request's language
     * @param weight what one point weighs in the camp's next solve: the camp's own weight of a
     *     soft rule, else the default
     * @param unit what one point stands for
     */
    record RuleInfo(String key, Rule.Level level, String constraint, String name, long defaultWeight, long weight,
            boolean weighable, String unit) {
    }

    @GetMapping("/roster/rules")
    @Operation(summary = "Every rule of the roster: its level, name, default and current weight, and what one point means")
    List<RuleInfo> rules(@PathVariable long campId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        Map<RosterWeights, Long> weights = byRule(ruleWeights.weights(campId));
        Locale locale = language(acceptLanguage);
        return Arrays.stream(Rule.values()).map(rule -> new RuleInfo(rule.name(), rule.level(), rule.constraintName(),
                Translations.text(locale, rule.messageKey()), rule.defaultWeight(),
                RosterWeights.of(rule).map(weights::get).orElse(rule.defaultWeight()), rule.weighable(), rule.unit()))
                .toList();
    }

    private static Map<RosterWeights, Long> byRule(List<RuleWeight> weights) {
        Map<RosterWeights, Long> byRule = new EnumMap<>(RosterWeights.class);
        weights.forEach(weight -> byRule.put(weight.rule(), weight.weight()));
        return byRule;
    }

    @PutMapping("/roster/seats/{shiftId}/{seat}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Put a participant (or nobody) in a seat by hand, pinned or not")
    void assignSeat(@PathVariable long campId, @PathVariable long shiftId, @PathVariable int seat,
            @RequestBody SeatEdit edit) {
        edits.assignSeat(campId, shiftId, seat, edit.participantId(), edit.pinned());
    }

    @PostMapping("/roster/seats/{shiftId}/{seat}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pin a seat as it is: the solver never moves it")
    void pinSeat(@PathVariable long campId, @PathVariable long shiftId, @PathVariable int seat) {
        edits.pinSeat(campId, shiftId, seat, true);
    }

    @DeleteMapping("/roster/seats/{shiftId}/{seat}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpinSeat(@PathVariable long campId, @PathVariable long shiftId, @PathVariable int seat) {
        edits.pinSeat(campId, shiftId, seat, false);
    }

    @PostMapping("/roster/stays/{participantId}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pin a participant's bed as it is")
    void pinStay(@PathVariable long campId, @PathVariable long participantId) {
        edits.pinStay(campId, participantId, true);
    }

    @DeleteMapping("/roster/stays/{participantId}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpinStay(@PathVariable long campId, @PathVariable long participantId) {
        edits.pinStay(campId, participantId, false);
    }

    /**
     * Where the camp's roster stands against what participants see, as the roster page says it.
     *
     * @param publishedAt when the latest publication was made (ISO 8601, UTC); null if never
     * @param publishedBy the username of the organizer who published; null when the account is
     *     gone or nobody signed in published
     * @param peopleOnRoster how many participants the working roster gives a shift or a bed
     * @param changesNotPublished how many seats and beds differ from the published roster
     */
    record PublicationState(boolean published, @Nullable Instant publishedAt, @Nullable String publishedBy,
            int peopleOnRoster, int changesNotPublished) {

        static PublicationState of(RosterPublication publication) {
            return new PublicationState(publication.published(), publication.publishedAt(),
                    publication.publishedBy(), publication.people(), publication.changes());
        }
    }

    @GetMapping("/roster/publication")
    @Operation(summary = "Whether, when and by whom the roster was last published, and how many seats and beds "
            + "publishing now would change")
    PublicationState publication(@PathVariable long campId) {
        return PublicationState.of(rosters.publication(campId));
    }

    @GetMapping("/roster/changes")
    @Operation(summary = "What publishing now would change against the published roster")
    List<RosterChange> changes(@PathVariable long campId) {
        return rosters.changesSincePublication(campId);
    }

    @PostMapping("/participants/{participantId}/dropout")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mark a participant gone from a day ({\"from\": \"2027-11-05\"}) and re-plan from that day "
            + "with minimal changes; 400 lists the fields in error")
    SolveStatus dropout(@PathVariable long campId, @PathVariable long participantId, @RequestBody Dropout dropout) {
        LocalDate from = dropout.from();
        if (from == null) {
            throw new RefusedFieldsException(List.of(RefusedFieldsException.Problem.required("from")));
        }
        if (participants.get(participantId).campId() != campId) {
            throw new NotFoundException("Participant", participantId);
        }
        return rosters.dropOut(participantId, from);
    }
}
