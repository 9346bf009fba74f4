package org.campfair.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.security.ApiToken;
import org.campfair.shared.security.ApiTokenService;
import org.jspecify.annotations.Nullable;

/**
 * Every account's personal API tokens: create one (shown once, to copy), see when each was
 * last used, revoke it. The service checks the cap, the name and the validity, and lets an
 * account touch only its own tokens.
 */
@Route("me/api-tokens")
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    /** Validities offered, in days; 0 is "until revoked". */
    static final List<Integer> VALIDITIES = List.of(30, 90, 365, 0);

    final TextField name = new TextField(getTranslation("token.name"));
    final Select<Integer> validity = new Select<>();
    final Button create = new Button(getTranslation("token.create"));
    final TextField secret = new TextField(getTranslation("token.secret"));
    final Paragraph secretHint = new Paragraph(getTranslation("token.secretHint"));
    final Grid<ApiToken> tokens = new Grid<>();

    private final ApiTokenService service;
    private final DateFormats dates = DateFormats.of(getLocale());

    ApiTokensView(ApiTokenService service) {
        this.service = service;
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setRequired(true);
        name.setHelperText(getTranslation("token.nameHelp"));
        validity.setLabel(getTranslation("token.validity"));
        validity.setItems(VALIDITIES);
        validity.setItemLabelGenerator(days -> days == 0 ? getTranslation("token.validity.never")
                : getTranslation("token.validity.days", days));
        validity.setValue(VALIDITIES.getFirst());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        var form = new HorizontalLayout(name, validity, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secretHint.setVisible(false);

        tokens.addColumn(ApiToken::name).setHeader(getTranslation("token.name")).setFlexGrow(2);
        tokens.addColumn(t -> format(t.createdAt())).setHeader(getTranslation("token.createdAt"));
        tokens.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.neverUsed") : format(t.lastUsedAt()))
                .setHeader(getTranslation("token.lastUsedAt"));
        tokens.addColumn(t -> t.expiresAt() == null ? getTranslation("token.validity.never") : format(t.expiresAt()))
                .setHeader(getTranslation("token.expiresAt"));
        tokens.addComponentColumn(this::revokeButton).setFlexGrow(0).setAutoWidth(true);
        tokens.setAllRowsVisible(true);

        add(new H1(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")), form, secretHint,
                secret, tokens);
        refresh();
    }

    private void create() {
        Integer days = validity.getValue();
        try {
            var created = service.create(name.getValue(),
                    days == null || days == 0 ? null : Duration.ofDays(days));
            name.clear();
            name.setInvalid(false);
            secret.setValue(created.secret());
            secret.setVisible(true);
            secretHint.setVisible(true);
            refresh();
        } catch (RefusedChangeException refused) {
            name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            name.setInvalid(true);
        }
    }

    private Button revokeButton(ApiToken token) {
        var revoke = new Button(getTranslation("token.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(click -> {
            try {
                service.revoke(token.id());
                Notification.show(getTranslation("token.revoked", token.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (NotFoundException gone) {
                // Revoked meanwhile, e.g. in another tab: the list below shows it gone.
            }
            refresh();
        });
        return revoke;
    }

    private void refresh() {
        tokens.setItems(service.mine());
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "" : dates.dateTime(instant, ZoneId.systemDefault());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title") + " · " + getTranslation("app.name");
    }
}
