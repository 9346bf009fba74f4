package org.campfair.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.campfair.camp.CampService;
import org.campfair.importing.CampArchive;
import org.campfair.importing.CampExportService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportPreview;
import org.campfair.importing.CampImportService;
import org.campfair.importing.CampFileRefusedException;
import org.campfair.importing.ImportProblem;
import org.campfair.roster.RosterRoutes;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.ui.WidgetLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Imports a camp from the six CSV files of the sample-data format (or a zip of them): the
 * organizer first sees what would be created and every problem by file, row and column, and
 * imports only when nothing is wrong. Also downloads any camp as such a zip.
 */
@Route("import")
@RolesAllowed("ORGANIZER")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> FILE_NAMES =
            List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv");

    /**
     * Counts "Start over" presses. An upload still streaming in when the organizer starts over
     * arrives afterwards; it carries the round it began in and is dropped, so no file from
     * before comes back into the new set.
     */
    private final AtomicInteger round = new AtomicInteger();
    final Upload upload = new Upload(new CampUpload(round::get, this::accept, this::refuse));
    final Span received = new Span(getTranslation("importing.noFiles"));
    final Span uploadError = new Span();
    final Button clear = new Button(getTranslation("importing.startOver"));
    final Span summary = new Span();
    final Span sameNameWarning = new Span();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Button importButton = new Button(getTranslation("importing.import"));
    final Anchor rosterLink = new Anchor();
    final CampExportPanel export;

    private final CampImportService importer;
    private final Map<String, String> files = new TreeMap<>();
    private @Nullable CampImportPreview preview;

    ImportView(CampImportService importer, CampExportService exporter, CampService camps) {
        this.importer = importer;
        this.export = new CampExportPanel(camps, exporter);
        setMaxWidth("60em");

        // No file limit: a corrected file is uploaded again under its name and replaces the old one.
        upload.setAcceptedFileTypes(".csv", "text/csv", ".zip", "application/zip");
        upload.setMaxFileSize(CampArchive.MAX_BYTES);
        upload.setWidthFull();
        WidgetLanguage.speak(upload);
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");
        sameNameWarning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))");
        // Announced by screen readers when it appears after an upload.
        sameNameWarning.getElement().setAttribute("role", "status");
        sameNameWarning.setVisible(false);
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> startOver());

        problems.addColumn(ImportProblem::file).setHeader(getTranslation("importing.problem.file")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("importing.problem.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("importing.problem.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.reason(getLocale())).setHeader(getTranslation("importing.problem.reason")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importCamp());
        rosterLink.setVisible(false);

        var actions = new FlexLayout(importButton, clear, rosterLink);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)");

        add(new H1(getTranslation("importing.title")),
                new Paragraph(getTranslation("importing.help", String.join(", ", FILE_NAMES))),
                upload, received, uploadError, summary, sameNameWarning,
                new Paragraph(getTranslation("importing.problemsHelp")), problems,
                actions, new H2(getTranslation("importing.exportTitle")), export);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("importing.pageTitle");
    }

    /** Takes one uploaded file (a .csv or a .zip of them) and checks the whole set again. */
    void receive(String fileName, byte[] content) {
        var found = new TreeMap<String, String>();
        try {
            CampArchive.add(found, fileName, content);
        } catch (CampFileRefusedException e) {
            refuse(e, round.get());
            return;
        }
        accept(found, round.get());
    }

    /** Takes the files of an upload that began in round {@code since}, unless the organizer started over since. */
    void accept(Map<String, String> found, int since) {
        if (since != round.get()) {
            return;
        }
        files.putAll(found);
        uploadError.setText("");
        checkAgain();
    }

    private void refuse(CampFileRefusedException reason, int since) {
        if (since != round.get()) {
            return;
        }
        uploadError.setText(reason.reason(getLocale()));
        checkAgain();
    }

    private void checkAgain() {
        rosterLink.setVisible(false);
        showPreview(files.isEmpty() ? null : importer.preview(CampFiles.of(Map.copyOf(files))));
    }

    private void showPreview(@Nullable CampImportPreview next) {
        preview = next;
        received.setText(files.isEmpty() ? getTranslation("importing.noFiles")
                : getTranslation("importing.received", String.join(", ", files.keySet())));
        if (next == null) {
            summary.setText("");
            problems.setItems(List.of());
            problems.setVisible(false);
            sameNameWarning.setVisible(false);
        } else {
            summary.setText(next.importable() ? describe(next)
                    : getTranslation("importing.problemCount", next.problems().size()));
            sameNameWarning.setText(next.sameName().isEmpty() ? "" : sameNameText(next));
            sameNameWarning.setVisible(!next.sameName().isEmpty());
            problems.setItems(next.problems());
            problems.setVisible(!next.importable());
            // Auto widths are measured while the grid is drawn: a grid that was hidden measured
            // nothing and cut off file names and columns; measure again for these rows.
            problems.recalculateColumnWidths();
        }
        importButton.setEnabled(next != null && next.importable());
    }

    String describe(CampImportPreview p) {
        var day = DateFormats.of(getLocale());
        return getTranslation("importing.summary", p.campName(), p.startsOn() == null ? "" : day.dayWithYear(p.startsOn()),
                p.endsOn() == null ? "" : day.dayWithYear(p.endsOn()), p.participants(), p.houses(), p.rooms(), p.beds(),
                p.tasks(), p.shifts());
    }

    /** Warns, without refusing: importing again is how a camp is often copied for next year. */
    private String sameNameText(CampImportPreview p) {
        var day = DateFormats.of(getLocale());
        var first = p.sameName().getFirst();
        return getTranslation("importing.sameName", first.name(), day.dayWithYear(first.startsOn()),
                day.dayWithYear(first.endsOn()), p.sameName().size());
    }

    private void importCamp() {
        if (preview == null || !preview.importable()) {
            return;
        }
        long campId = importer.importCamp(CampFiles.of(Map.copyOf(files)));
        String name = preview.campName();
        files.clear();
        upload.clearFileList();
        showPreview(null);
        summary.setText(getTranslation("importing.imported", name));
        rosterLink.setHref(RosterRoutes.roster(campId));
        rosterLink.setText(getTranslation("importing.openRoster", name));
        rosterLink.setVisible(true);
        export.refresh();
    }

    private void startOver() {
        round.incrementAndGet();
        files.clear();
        upload.clearFileList();
        uploadError.setText("");
        rosterLink.setVisible(false);
        showPreview(null);
    }
}
