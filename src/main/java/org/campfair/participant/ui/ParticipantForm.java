package org.campfair.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.campfair.participant.Gender;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.ui.WidgetLanguage;
import org.campfair.task.Intensity;
import org.springframework.dao.DuplicateKeyException;

/**
 * An organizer's form for one participant, with messages next to the fields and a stale-edit
 * message. Its labels speak about the participant ("Needs a private room"); the participant's
 * own form speaks as them ("I need a private room").
 */
class ParticipantForm extends FormLayout {

    /** The editable copy of a participant the binder writes into. */
    static final class Draft {
        String nickname = "";
        String legalName = "";
        String email = "";
        String language = "ja";
        Gender gender;
        LocalDate arrivesOn;
        LocalDate departsOn;
        Integer maxHoursPerDay = 6;
        Intensity intensity = Intensity.MODERATE;
        boolean privateRoom;
        boolean stepFree;
        boolean returning;
    }

    final TextField nickname = new TextField(getTranslation("participant.nickname"));
    final TextField legalName = new TextField(getTranslation("participant.legalName"));
    final EmailField email = new EmailField(getTranslation("participant.email"));
    final Select<String> language = new Select<>();
    final Select<Gender> gender = new Select<>();
    final DatePicker arrivesOn = new DatePicker(getTranslation("participant.field.arrivesOn"));
    final DatePicker departsOn = new DatePicker(getTranslation("participant.field.departsOn"));
    final IntegerField maxHoursPerDay = new IntegerField(getTranslation("participant.maxHoursPerDay"));
    final Select<Intensity> intensity = new Select<>();
    final Checkbox privateRoom = new Checkbox(getTranslation("participant.field.needsPrivateRoom"));
    final Checkbox stepFree = new Checkbox(getTranslation("participant.field.needsStepFree"));
    final Checkbox returning = new Checkbox(getTranslation("participant.returning"));
    final Button save = new Button(getTranslation("participant.save"));
    final Button cancel = new Button(getTranslation("participant.cancel"));
    final Paragraph result = new Paragraph();

    private final Binder<Draft> binder = new Binder<>();
    private final ParticipantService participants;
    private final Consumer<Participant> saved;
    private Participant editing;

    /** {@code cancelled}: the organizer leaves the form without saving. */
    ParticipantForm(ParticipantService participants, Consumer<Participant> saved, Runnable cancelled) {
        WidgetLanguage.speak(arrivesOn);
        WidgetLanguage.speak(departsOn);
        this.participants = participants;
        this.saved = saved;
        language.setLabel(getTranslation("participant.field.language"));
        language.setItems(Translations.LANGUAGES.stream().map(Locale::getLanguage).toList());
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)));
        gender.setLabel(getTranslation("participant.gender"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setItemLabelGenerator(g -> g == null ? "" : switch (g) {
            case FEMALE -> getTranslation("participant.gender.female");
            case MALE -> getTranslation("participant.gender.male");
            case OTHER -> getTranslation("participant.gender.other");
        });
        gender.setHelperText(getTranslation("participant.genderHelp"));
        intensity.setLabel(getTranslation("participant.field.intensityComfort"));
        intensity.setItems(Intensity.values());
        intensity.setItemLabelGenerator(i -> switch (i) {
            case LIGHT -> getTranslation("me.intensity.light");
            case MODERATE -> getTranslation("me.intensity.moderate");
            case HEAVY -> getTranslation("me.intensity.heavy");
        });
        binder.forField(nickname).asRequired(getTranslation("participant.error.required"))
                .withValidator(new StringLengthValidator(getTranslation("participant.error.nicknameLength"), 1, 40))
                .bind(d -> d.nickname, (d, v) -> d.nickname = v.strip());
        binder.forField(legalName).bind(d -> d.legalName, (d, v) -> d.legalName = v.strip());
        binder.forField(email).withValidator(v -> v.isBlank() || v.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                getTranslation("participant.error.email")).bind(d -> d.email, (d, v) -> d.email = v.strip());
        binder.forField(language).asRequired(getTranslation("participant.error.required"))
                .bind(d -> d.language, (d, v) -> d.language = v);
        binder.forField(gender).bind(d -> d.gender, (d, v) -> d.gender = v);
        binder.forField(arrivesOn).asRequired(getTranslation("participant.error.required"))
                .bind(d -> d.arrivesOn, (d, v) -> d.arrivesOn = v);
        binder.forField(departsOn).asRequired(getTranslation("participant.error.required"))
                .withValidator(v -> arrivesOn.getValue() == null || !v.isBefore(arrivesOn.getValue()),
                        getTranslation("me.error.departsBeforeArrives"))
                .bind(d -> d.departsOn, (d, v) -> d.departsOn = v);
        binder.forField(maxHoursPerDay).asRequired(getTranslation("participant.error.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("participant.error.hours"), 0, 12))
                .bind(d -> d.maxHoursPerDay, (d, v) -> d.maxHoursPerDay = v);
        binder.forField(intensity).asRequired(getTranslation("participant.error.required"))
                .bind(d -> d.intensity, (d, v) -> d.intensity = v);
        binder.forField(privateRoom).bind(d -> d.privateRoom, (d, v) -> d.privateRoom = v);
        binder.forField(stepFree).bind(d -> d.stepFree, (d, v) -> d.stepFree = v);
        binder.forField(returning).bind(d -> d.returning, (d, v) -> d.returning = v);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> cancelled.run());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.setWrap(true);
        result.getElement().setAttribute("role", "status");
        add(nickname, legalName, email, language, gender, arrivesOn, departsOn, maxHoursPerDay, intensity, privateRoom,
                stepFree, returning);
        add(buttons, 2);
        add(result, 2);
    }

    void edit(Participant p) {
        editing = p;
        var draft = new Draft();
        draft.nickname = p.nickname();
        draft.legalName = p.legalName();
        draft.email = p.email();
        draft.language = Translations.language(p.language()).getLanguage();
        draft.gender = p.gender();
        draft.arrivesOn = p.arrivesOn();
        draft.departsOn = p.departsOn();
        draft.maxHoursPerDay = p.maxHoursPerDay();
        draft.intensity = p.intensityComfort();
        draft.privateRoom = p.needsPrivateRoom();
        draft.stepFree = p.needsStepFree();
        draft.returning = p.returning();
        binder.readBean(draft);
        result.setText("");
    }

    private void save() {
        var draft = new Draft();
        if (editing == null || !binder.writeBeanIfValid(draft)) {
            result.setText(getTranslation("participant.error.summary"));
            return;
        }
        var p = editing;
        try {
            var updated = participants.update(new Participant(p.id(), p.campId(), draft.nickname, draft.legalName,
                    draft.email, draft.language, draft.gender, draft.arrivesOn, draft.departsOn, p.skills(),
                    draft.returning, draft.maxHoursPerDay, draft.intensity, draft.privateRoom, draft.stepFree,
                    p.version()));
            editing = updated;
            result.setText(getTranslation("participant.saved", updated.nickname()));
            saved.accept(updated);
        } catch (StaleRecordException stale) {
            result.setText(getTranslation("participant.error.stale"));
        } catch (DuplicateKeyException duplicate) {
            nickname.setErrorMessage(getTranslation("participant.error.nicknameTaken"));
            nickname.setInvalid(true);
        }
    }
}
