package org.campfair.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;

/**
 * Gives Vaadin's date pickers and uploads the texts they draw themselves (month and day
 * names, Today/Cancel, "Upload Files…", "Drop files here", their errors) in the page's
 * language; the web components only know English. Call it where the widget is made; the
 * language switch reloads the page, so each widget is set up once per language.
 */
public final class WidgetLanguage {

    private WidgetLanguage() {
    }

    /**
     * Month and day names, the first day of the week and the date format of the page's
     * language (the form of {@link DateFormats}). Texts a form already set (min/max error
     * messages) are kept, so call this after {@code setI18n}.
     */
    public static DatePicker speak(DatePicker picker) {
        Locale locale = pageLanguage(picker);
        picker.setLocale(locale);
        var i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        // The web component lists weekdays from Sunday; java.time counts from Monday.
        // Shown as the pages write a day, so a picked date reads like the dates around it.
        List<String> formats = DateFormats.of(locale).pickerPatterns();
        var fromSunday = Arrays.stream(DayOfWeek.values()).map(day -> day.plus(6)).toList();
        picker.setI18n(i18n
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setToday(Translations.text(locale, "app.datePicker.today"))
                .setCancel(Translations.text(locale, "app.datePicker.cancel")));
        return picker;
    }

    /** The upload's buttons, drop hint, progress and error texts in the page's language. */
    public static Upload speak(Upload upload) {
        Locale locale = pageLanguage(upload);
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(Translations.text(locale, "app.upload.dropOne"))
                        .setMany(Translations.text(locale, "app.upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(Translations.text(locale, "app.upload.addOne"))
                        .setMany(Translations.text(locale, "app.upload.addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(Translations.text(locale, "app.upload.tooManyFiles"))
                        .setFileIsTooBig(Translations.text(locale, "app.upload.fileIsTooBig"))
                        .setIncorrectFileType(Translations.text(locale, "app.upload.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(Translations.text(locale, "app.upload.connecting"))
                                .setStalled(Translations.text(locale, "app.upload.stalled"))
                                .setProcessing(Translations.text(locale, "app.upload.processing"))
                                .setHeld(Translations.text(locale, "app.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(Translations.text(locale, "app.upload.remainingPrefix"))
                                .setUnknown(Translations.text(locale, "app.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(Translations.text(locale, "app.upload.serverUnavailable"))
                                .setUnexpectedServerError(Translations.text(locale, "app.upload.serverError"))
                                .setForbidden(Translations.text(locale, "app.upload.forbidden"))
                                .setFileTooLarge(Translations.text(locale, "app.upload.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(Translations.text(locale, "app.upload.retry"))
                        .setStart(Translations.text(locale, "app.upload.start"))
                        .setRemove(Translations.text(locale, "app.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return upload;
    }

    /** The language of the page the widget is on, or is being made for (views build widgets before attaching). */
    private static Locale pageLanguage(Component widget) {
        Locale locale = widget.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Translations.ENGLISH);
        return Translations.language(locale.toLanguageTag());
    }
}
