package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService.SolveLimits;
import org.campfair.roster.ScoreTally;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.junit.jupiter.api.Test;

@CampfairIntegrationTest
class SolveBarTest extends SpringBrowserlessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aSolveThatLostItsServerSaysWhenInTheCampsTime() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var bar = new SolveBar();

        bar.show(new SolveStatus(1, SolveState.NOT_SOLVING, "0hard/0medium/-5soft", true,
                Instant.parse("2027-11-02T03:10:00Z"), Instant.parse("2027-11-02T03:03:00Z")), TOKYO);

        assertThat(bar.interrupted.isVisible()).isTrue();
        assertThat(bar.interrupted.getText()).startsWith("The solve lost its server at Tue 2 Nov 2027, 12:03");
        assertThat(bar.status.getText()).contains("0hard/0medium/-5soft");
    }

    @Test
    void anUninterruptedSolveSaysNothingOfIt() {
        var bar = new SolveBar();

        bar.show(new SolveStatus(1, SolveState.NOT_SOLVING, "0hard/0medium/-5soft", true,
                Instant.parse("2027-11-02T03:10:00Z"), null), TOKYO);

        assertThat(bar.interrupted.isVisible()).isFalse();
    }

    @Test
    void theOrganizerChoosesHowLongTheSolveMayRun() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var bar = new SolveBar();
        assertThat(bar.limits()).isEqualTo(SolveLimits.CONFIGURED);
        assertThat(bar.timeLimit.getItemLabelGenerator().apply(0)).startsWith("Standard");

        bar.timeLimit.setValue(5);

        assertThat(bar.limits()).isEqualTo(new SolveLimits(Duration.ofMinutes(5), null));
        assertThat(bar.timeLimit.getItemLabelGenerator().apply(1)).isEqualTo("1 minute");
        assertThat(bar.timeLimit.getItemLabelGenerator().apply(5)).isEqualTo("5 minutes");
    }

    @Test
    void theScoreIsSaidInWordsWithTheRawScoreAsATooltip() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var bar = new SolveBar();

        bar.show(new SolveStatus(1, SolveState.NOT_SOLVING, "0hard/0medium/-52000soft", true, null, null, null, null,
                new ScoreTally(0, 0, 0, 3)), TOKYO);

        assertThat(bar.status.getText()).isEqualTo("Roster: all rules kept; 3 wishes not met");
        assertThat(bar.words(new ScoreTally(2, 1, 1, 0)))
                .isEqualTo("2 rules broken; 1 seat open; 1 person without a bed; every wish met");
        assertThat(bar.words(new ScoreTally(1, 4, 0, 1))).isEqualTo("1 rule broken; 4 seats open; 1 wish not met");

        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(new SolveBar().words(new ScoreTally(0, 2, 0, 3)))
                .isEqualTo("ルールはすべて守られています、空席2、かなわない希望3件");
        UI.getCurrent().setLocale(Locale.KOREAN);
        assertThat(new SolveBar().words(new ScoreTally(0, 0, 0, 0))).isEqualTo("모든 규칙을 지킴; 모든 희망을 반영함");
    }

    @Test
    void aRunningSolveShowsTheTimeSpentAgainstItsLimitAndTheBestRosterInWords() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var bar = new SolveBar();
        var started = Instant.parse("2027-11-02T03:00:00Z");

        bar.show(new SolveStatus(1, SolveState.SOLVING, "0hard/-2medium/-9000soft", null, null, null, started,
                Duration.ofSeconds(30), new ScoreTally(0, 2, 0, 1)), TOKYO, started.plusSeconds(12));

        assertThat(bar.status.getText()).isEqualTo("Solving… best so far: all rules kept; 2 seats open; 1 wish not met");
        assertThat(bar.progress.isVisible()).isTrue();
        assertThat(bar.progress.isIndeterminate()).isFalse();
        assertThat(bar.progress.getValue()).isEqualTo(0.4);
        assertThat(bar.elapsed.getText()).startsWith("0:12 of at most 0:30; stops sooner when nothing improves");

        bar.tick(started.plusSeconds(95));
        assertThat(bar.progress.getValue()).as("never past the limit").isEqualTo(1.0);
        assertThat(bar.elapsed.getText()).startsWith("0:30 of at most 0:30");

        bar.show(new SolveStatus(1, SolveState.NOT_SOLVING, "0hard/0medium/-9000soft", true, null), TOKYO);
        assertThat(bar.progress.isVisible()).isFalse();
        assertThat(bar.elapsed.isVisible()).isFalse();
    }

    @Test
    void aQueuedSolveWaitsWithAnIndeterminateBar() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var bar = new SolveBar();

        bar.show(new SolveStatus(1, SolveState.SCHEDULED, null, null, null, null, null, Duration.ofMinutes(5), null),
                TOKYO);

        assertThat(bar.progress.isVisible()).isTrue();
        assertThat(bar.progress.isIndeterminate()).isTrue();
        assertThat(bar.elapsed.getText()).isEqualTo("Waiting for a free solver");
    }

    @Test
    void theLimitCannotChangeWhileSolving() {
        var bar = new SolveBar();

        bar.show(new SolveStatus(1, SolveState.SOLVING, null, null, null, null), TOKYO);

        assertThat(bar.timeLimit.isEnabled()).isFalse();
        assertThat(bar.solve.isEnabled()).isFalse();
        assertThat(bar.stop.isEnabled()).isTrue();
    }

    /**
     * No choice is cut off in the 11em field (8em of it for the text): counted as about 1em per
     * Japanese or Korean character and 0.6em per Latin one, in every language.
     */
    @Test
    void everyTimeLimitFitsItsFieldInEveryLanguage() {
        for (var language : org.campfair.shared.i18n.Translations.LANGUAGES) {
            UI.getCurrent().setLocale(language);
            var bar = new SolveBar();
            for (int minutes : java.util.List.of(0, 1, 2, 5, 10)) {
                String label = bar.timeLimit.getItemLabelGenerator().apply(minutes);
                double ems = label.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.6 : 1.0).sum();
                assertThat(ems).as("%s in %s", label, language).isLessThanOrEqualTo(8);
            }
            assertThat(bar.timeLimit.getTooltip().getText()).isNotBlank();
        }
    }
}
