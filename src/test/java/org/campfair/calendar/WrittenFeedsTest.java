package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenFeedsTest {

    @Test
    void anEqualFeedIsServedFromMemoryWithTheSameText() {
        var feeds = new WrittenFeeds(1_000_000);

        var first = feeds.write(TokyoCampFeed.feed());
        var second = feeds.write(TokyoCampFeed.feed());

        assertThat(second).isSameAs(first);
        assertThat(first.body()).isEqualTo(new IcsWriter().write(TokyoCampFeed.feed()));
    }

    @Test
    void aChangedFeedIsWrittenAgain() {
        var feeds = new WrittenFeeds(1_000_000);
        var first = feeds.write(TokyoCampFeed.feed());

        var renamed = new CalendarFeed("Another name", TokyoCampFeed.TOKYO, TokyoCampFeed.feed().entries());

        assertThat(feeds.write(renamed).etag()).isNotEqualTo(first.etag());
    }

    @Test
    void theLeastRecentlyUsedFeedsGoOnceTheBudgetIsExceeded() {
        int oneFeed = new IcsWriter().write(TokyoCampFeed.feed()).length();
        var feeds = new WrittenFeeds(oneFeed * 2L);

        for (String name : List.of("a", "b", "c", "d")) {
            feeds.write(new CalendarFeed(name, TokyoCampFeed.TOKYO, TokyoCampFeed.feed().entries()));
        }

        assertThat(feeds.size()).isLessThanOrEqualTo(2);
    }
}
