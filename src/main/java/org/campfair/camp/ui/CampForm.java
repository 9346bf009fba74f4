package org.campfair.camp.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.campfair.camp.CampDraft;
import org.campfair.shared.ui.WidgetLanguage;

/**
 * A camp's name, dates, time zone and language, validated next to each field. The binder
 * only reads a draft into the fields; {@link #value()} builds a new one from them.
 */
class CampForm extends FormLayout {

    final TextField name = new TextField(getTranslation("camp.field.name"));
    final DatePicker startsOn = new DatePicker(getTranslation("camp.field.startsOn"));
    final DatePicker endsOn = new DatePicker(getTranslation("camp.field.endsOn"));
    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("camp.field.timeZone"));
    final Select<String> language = new Select<>();
    final Binder<CampDraft> binder = new Binder<>();

    CampForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        name.setMaxLength(200);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        language.setLabel(getTranslation("camp.field.language"));
        language.setItems(CampDraft.LANGUAGES);
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(getLocale()));
        binder.forField(name).asRequired(getTranslation("camp.error.nameRequired"))
                .bind(CampDraft::name, (draft, value) -> { });
        binder.forField(startsOn).asRequired(getTranslation("camp.error.startRequired"))
                .bind(CampDraft::startsOn, (draft, value) -> { });
        binder.forField(endsOn).asRequired(getTranslation("camp.error.endRequired"))
                .withValidator(end -> startsOn.getValue() == null || !end.isBefore(startsOn.getValue()),
                        getTranslation("camp.error.endBeforeStart"))
                .bind(CampDraft::endsOn, (draft, value) -> { });
        binder.forField(timeZone).asRequired(getTranslation("camp.error.timeZoneRequired"))
                .bind(draft -> draft.timeZone().getId(), (draft, value) -> { });
        binder.forField(language).asRequired(getTranslation("camp.error.language"))
                .bind(CampDraft::language, (draft, value) -> { });
        // The picker's own min check runs before the binder's validators: give it our message.
        endsOn.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage(getTranslation("camp.error.endBeforeStart")));
        WidgetLanguage.speak(startsOn);
        WidgetLanguage.speak(endsOn);
        startsOn.addValueChangeListener(change -> {
            endsOn.setMin(change.getValue());
            if (endsOn.getValue() != null) {
                binder.validate();
            }
        });
        add(name, 2);
        add(startsOn, endsOn, timeZone, language);
    }

    void read(CampDraft draft) {
        binder.readBean(draft);
        name.focus();
    }

    boolean isValid() {
        return binder.validate().isOk();
    }

    /** The draft the fields describe; call after {@link #isValid()}. */
    CampDraft value() {
        return new CampDraft(name.getValue().strip(), startsOn.getValue(), endsOn.getValue(), ZoneId.of(timeZone.getValue()),
                language.getValue());
    }

    static CampDraft blank(LocalDate today) {
        return new CampDraft("", today, today.plusDays(13), ZoneId.of("Asia/Tokyo"), "ja");
    }
}
