package org.campfair.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.CampfairIntegrationTest;
import org.campfair.backup.BackupFile;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class BackupsViewTest extends SpringBrowserlessTest {

    private static final String PLAIN_ORGANIZER = "backups-view-plain-organizer";

    @Autowired
    AccountService accounts;

    @BeforeEach
    void anOrganizerWhoIsNotStaff() {
        if (!accounts.exists(PLAIN_ORGANIZER)) {
            accounts.create(PLAIN_ORGANIZER, "plain-organizer-password", Role.ORGANIZER, null, null);
        }
    }

    @Test
    @WithUserDetails("organizer")
    void aStaffOrganizerBacksUpAndTheNewBackupIsListedWithADownload() {
        var view = navigate(BackupsView.class);

        test(view.backUpNow).click();

        assertThat(view.result.getText()).startsWith("Backup campfair-").contains("-manual.zip written");
        String name = view.result.getText().split(" ")[1];
        assertThat(view.backups.getGenericDataView().getItems().map(BackupFile::name)).contains(name);
        assertThat(view.backups.isVisible()).isTrue();
        assertThat(test(view.backups).getCellText(0, 1)).isEqualTo("On demand");
        assertThat(view.backUpNow.isEnabled()).isTrue();
        assertThat(view.staffOnly.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails(value = PLAIN_ORGANIZER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anOrganizerWhoIsNotStaffIsToldWhyAndGetsNoButton() {
        var view = navigate(BackupsView.class);

        assertThat(view.staffOnly.isAttached()).isTrue();
        assertThat(view.staffOnly.getText()).contains("only the association's staff organizers");
        assertThat(view.backUpNow.isAttached()).isFalse();
        assertThat(view.backups.isAttached()).isFalse();
    }
}
