package org.campfair.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.campfair.calendar.internal.FeedSubjects;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.security.CampAccess;
import org.campfair.task.HostedCamps;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed links people see in the app: a camp's own feeds (organizers, each host village,
 * each house), every participant's, and a host village's own. Links are paths
 * ({@code /feeds/<token>.ics}); the browser makes them absolute. Listing issues a token to a
 * feed that has none, as the API does.
 */
@Service
@Transactional
public class FeedLinks {

    /** One feed and its link; {@code path} is null once revoked until it is issued again. */
    public record FeedLink(FeedSubject feed, String name, @Nullable String path) {
    }

    private final FeedTokenService tokens;
    private final FeedSubjects subjects;
    private final CampService camps;
    private final ParticipantService participants;
    private final CampAccess access;
    private final Clock clock;

    FeedLinks(FeedTokenService tokens, FeedSubjects subjects, CampService camps, ParticipantService participants,
            CampAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.tokens = tokens;
        this.subjects = subjects;
        this.camps = camps;
        this.participants = participants;
    }

    /** The organizers' feed of the whole camp, then each host village's, then each house's. */
    public List<FeedLink> ofCamp(long campId) {
        access.requireOrganizer(campId);
        var links = new ArrayList<FeedLink>();
        links.add(link(FeedSubject.camp(campId), camps.get(campId).name()));
        subjects.villages(campId).forEach(v -> links.add(link(FeedSubject.village(campId, v.id()), v.name())));
        subjects.houses(campId).forEach(h -> links.add(link(FeedSubject.house(campId, h.id()), h.name())));
        return links;
    }

    /** Every participant's feed by nickname, in the order of the camp's participant list. */
    public List<FeedLink> ofParticipants(long campId) {
        access.requireOrganizer(campId);
        return participants.listByCamp(campId).stream()
                .map(p -> link(FeedSubject.participant(campId, p.id()), p.nickname())).toList();
    }

    /**
     * A host village's feed in each published camp it hosts, in the order of the host's page
     * (the running or next camp first): a draft has nothing in its feed yet.
     */
    public List<FeedLink> ofVillage(long villageId) {
        access.requireHostOrOwner(villageId);
        var hosted = subjects.campsOf(villageId).stream().map(camp -> camps.get(camp.id())).toList();
        return HostedCamps.publishedInOrder(hosted, clock).stream()
                .map(camp -> link(FeedSubject.village(camp.id(), villageId), camp.name())).toList();
    }

    /** A new link for the feed; the old one answers 404 from now on. */
    public FeedLink reissue(FeedLink link) {
        return new FeedLink(link.feed(), link.name(), FeedPaths.path(tokens.reissue(link.feed())));
    }

    /** The feed without a link until one is issued again (by re-issuing, or the next listing). */
    public FeedLink revoke(FeedLink link) {
        tokens.revoke(link.feed());
        return new FeedLink(link.feed(), link.name(), null);
    }

    private FeedLink link(FeedSubject feed, String name) {
        return new FeedLink(feed, name, FeedPaths.path(tokens.tokenFor(feed)));
    }
}
