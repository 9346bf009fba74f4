package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.campfair.shared.security.StaffOrganizers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Staff organizers make other organizers staff and take it back, on the page and in the
 * service; nobody else can, and the last staff organizer stays.
 */
@CampfairIntegrationTest
class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    StaffOrganizers staff;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(value = "organizer", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aStaffOrganizerMakesAnotherOrganizerStaffAndTakesItBack() {
        String colleague = organizer();
        var view = navigate("staff", StaffView.class);

        view.username.setValue("nobody-" + colleague);
        test(view.makeStaff).click();
        assertThat(view.result.getText()).isEqualTo(text("staff.noSuchOrganizer", "nobody-" + colleague));

        view.username.setValue(colleague);
        test(view.makeStaff).click();
        assertThat(view.result.getText()).isEqualTo(text("staff.made", colleague));
        assertThat(isStaff(colleague)).isTrue();
        assertThat(texts(view)).contains(colleague);

        assertThatThrownBy(() -> staff.makeStaff("x".repeat(10_000))).as("no username is that long")
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("staff.noSuchOrganizer"));

        SignIn.as("organizer", Role.ORGANIZER, () -> staff.removeStaff(colleague));
        assertThat(isStaff(colleague)).isFalse();
    }

    @Test
    @WithUserDetails(value = "organizer", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theLastStaffOrganizerStays() {
        List<String> others = jdbc.sql("update app_user set all_camps = false where all_camps and username <> 'organizer' "
                + "returning username").query(String.class).list();
        try {
            assertThatThrownBy(() -> staff.removeStaff("organizer")).isInstanceOfSatisfying(
                    RefusedChangeException.class, refused -> assertThat(refused.messageKey()).isEqualTo("staff.lastOne"));
            assertThat(isStaff("organizer")).isTrue();
        } finally {
            jdbc.sql("update app_user set all_camps = true where username = any(?)")
                    .param(others.toArray(String[]::new)).update();
        }
    }

    @Test
    void onlyStaffMayMakeStaff() {
        String plain = organizer();
        String other = organizer();
        assertThatThrownBy(() -> SignIn.as(plain, Role.ORGANIZER, () -> staff.makeStaff(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(plain, Role.ORGANIZER, () -> staff.list()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignIn.as(plain, Role.ORGANIZER, () -> staff.signedInIsStaff())).isFalse();
        assertThat(isStaff(other)).isFalse();
    }

    private String organizer() {
        String username = "org-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", Role.ORGANIZER, null, null));
        return username;
    }

    private boolean isStaff(String username) {
        return jdbc.sql("select all_camps from app_user where username = ?").param(username).query(Boolean.class).single();
    }

    private static String texts(StaffView view) {
        var text = new StringBuilder();
        view.organizers.getChildren().forEach(item -> text.append(item.getElement().getTextRecursively()).append('\n'));
        return text.toString();
    }

    private static String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
