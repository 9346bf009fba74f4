package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterPages;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Hand edits, pins and a dropout from the roster page, each on its own freshly imported camp. */
@CampfairIntegrationTest
class RosterEditingViewTest extends RosterPageTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 11, 1);

    @Autowired
    RosterPages pages;

    @Test
    @WithUserDetails("organizer")
    void aSeatMoveShowsWhatItBreaksBeforeItIsConfirmedAndPinned() {
        long campId = importSample();
        var view = openRoster(campId);
        var shift = pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst();
        assertThat(view.shifts.chips(test(view.shifts).getRow(0))).first()
                .satisfies(chip -> assertThat(chip).containsEntry("index", 0).containsEntry("open", true));

        test(view.shifts).invokeLitRendererFunction(0, 3, "edit",
                tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(0));
        roundTrip();
        var dialog = (SeatDialog) view.openDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.confirm.isEnabled()).isFalse();
        var late = pages.everyone(campId).stream().filter(s -> s.arrivesOn().isAfter(FIRST_DAY)).findFirst();
        assertThat(late).as("the sample camp has late arrivals").isPresent();
        assertThat(test(dialog.person).getSuggestions()).doesNotContain(late.get().nickname());
        var early = pages.everyone(campId).stream().filter(s -> s.arrivesOn().equals(FIRST_DAY)).findFirst()
                .orElseThrow();
        test(dialog.person).selectItem(early.nickname());

        assertThat(dialog.preview.score.getText()).startsWith("Score now").contains("after the change");
        assertThat(test(dialog.preview.rules).size()).isPositive();
        assertThat(dialog.confirm.isEnabled()).isTrue();
        assertThat(pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst().seats().getFirst().isFilled()).isFalse();

        test(dialog.confirm).click();

        var seat = pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst().seats().getFirst();
        assertThat(seat.participantId()).isEqualTo(early.participantId());
        assertThat(seat.pinned()).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.shifts.chips(test(view.shifts).getRow(0))).first()
                .satisfies(chip -> assertThat(chip).containsEntry("text", early.nickname() + " 📌"));

        view.openSeat(shift, seat);
        roundTrip();
        var again = (SeatDialog) view.openDialog;
        assertThat(again.pin.getText()).isEqualTo("Unpin");
        test(again.pin).click();
        assertThat(pages.shiftsOn(campId, FIRST_DAY, 0, 1).getFirst().seats().getFirst().pinned()).isFalse();
    }

    @Test
    @WithUserDetails("organizer")
    void aBedMoveFromTheStaysTabIsPreviewedAppliedAndPinnable() {
        long campId = importSample();
        var view = openRoster(campId);
        view.tabs.setSelectedIndex(3);
        var stays = test(view.stays);
        assertThat(stays.size()).isEqualTo(40);
        assertThat(stays.getCellText(0, 2)).isEqualTo("no bed yet");
        var stay = stays.getRow(0);

        view.openBed(stay);
        roundTrip();
        var dialog = (BedDialog) view.openDialog;
        test(dialog.bed).selectItem(test(dialog.bed).getSuggestions().getFirst());
        assertThat(dialog.preview.score.getText()).contains("after the change");
        assertThat(dialog.preview.reasons.getChildren()).isNotEmpty();
        test(dialog.confirm).click();

        assertThat(test(view.stays).getCellText(0, 2)).isNotEqualTo("no bed yet");
        assertThat(test(view.stays).getRow(0).pinned()).isTrue();

        var pin = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.stays).getCellComponent(0, 5);
        test((com.vaadin.flow.component.button.Button) pin.getComponentAt(1)).click();
        assertThat(test(view.stays).getRow(0).pinned()).isFalse();
    }

    @Test
    @WithUserDetails("organizer")
    void aDropoutIsCheckedReplannedReviewedAndPublished() {
        long campId = importSample();
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(180));
        rosters.publish(campId);
        var view = openRoster(campId);

        test(view.actions.dropout).click();
        roundTrip();
        var dialog = (DropoutDialog) view.openDialog;
        dialog.confirm();
        assertThat(dialog.participant.isInvalid()).isTrue();
        test(dialog.participant).selectItem("Kuma");
        dialog.from.setValue(LocalDate.of(2027, 12, 1));
        dialog.confirm();
        assertThat(dialog.from.isInvalid()).isTrue();
        assertThat(dialog.from.getErrorMessage()).contains("within the camp");
        assertThat(dialog.isOpened()).isTrue();

        dialog.from.setValue(LocalDate.of(2027, 11, 8));
        dialog.confirm();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(6);
        SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(180));
        view.refresh();
        var changes = test(view.changes.grid);
        assertThat(changes.size()).isPositive();
        assertThat(java.util.stream.IntStream.range(0, changes.size()).mapToObj(changes::getRow))
                .anySatisfy(change -> assertThat(change.before()).isEqualTo("Kuma"));
        assertThat(view.publication.getText()).endsWith(" not published yet.");
        assertThat(view.actions.publish.isEnabled()).isTrue();

        test(view.actions.publish).click();

        roundTrip();
        assertThat(view.publication.confirmation.isOpened()).isTrue();
        assertThat(view.publication.confirmation.getElement().getProperty("message"))
                .startsWith("An update of the published roster for ")
                .contains((changes.size() == 1 ? "1 seat or bed has" : changes.size() + " seats or beds have")
                        + " changed since the last publication");
        test(view.publication.confirmation).confirm();

        assertThat(test(view.changes.grid).size()).isZero();
        assertThat(view.changes.empty.getText()).startsWith("No changes since the last publication");
        assertThat(view.publication.getText()).contains("by organizer").endsWith("Participants see this roster.");
    }
}
