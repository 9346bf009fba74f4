package org.campfair.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campfair.camp.CampService;
import org.campfair.importing.CampArchive;
import org.campfair.importing.CampExportService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportPreview;
import org.campfair.importing.CampImportService;
import org.campfair.importing.ImportProblem;
import org.campfair.roster.ui.RosterView;
import org.jspecify.annotations.Nullable;

/**
 * Imports a camp from the six CSV files of the sample-data format (or a zip of them): the
 * organizer first sees what would be created and every problem by file, row and column, and
 * imports only when nothing is wrong. Also downloads any camp as such a zip.
 */
@Route("import")
@PageTitle("Import · Campfair")
@RolesAllowed("ORGANIZER")
class ImportView extends VerticalLayout {

    static final List<String> FILE_NAMES =
            List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv");

    final Upload upload = new Upload(UploadHandler.inMemory((file, bytes) -> receive(file.fileName(), bytes)));
    final Span received = new Span("No files yet.");
    final Span uploadError = new Span();
    final Button clear = new Button("Start over");
    final Span summary = new Span();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Button importButton = new Button("Import");
    final RouterLink rosterLink = new RouterLink();
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
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> startOver());

        problems.addColumn(ImportProblem::file).setHeader("File").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::reason).setHeader("Problem").setFlexGrow(1);
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

        add(new H2("Import a camp"),
                new Paragraph("Upload the six files " + String.join(", ", FILE_NAMES)
                        + " (all at once, or a .zip holding them). Upload a corrected file again to replace it."
                        + " Nothing is saved until you press Import."),
                upload, received, uploadError, summary,
                new Paragraph("Problems are listed by file, row and column; row 1 is the header."), problems,
                actions, new H3("Export a camp"), export);
    }

    /** Takes one uploaded file (a .csv or a .zip of them) and checks the whole set again. */
    void receive(String fileName, byte[] content) {
        try {
            CampArchive.add(files, fileName, content);
            uploadError.setText("");
        } catch (IllegalArgumentException e) {
            uploadError.setText(e.getMessage());
        }
        rosterLink.setVisible(false);
        showPreview(files.isEmpty() ? null : importer.preview(CampFiles.of(Map.copyOf(files))));
    }

    private void showPreview(@Nullable CampImportPreview next) {
        preview = next;
        received.setText(files.isEmpty() ? "No files yet." : "Received: " + String.join(", ", files.keySet()));
        if (next == null) {
            summary.setText("");
            problems.setItems(List.of());
            problems.setVisible(false);
        } else {
            summary.setText(next.importable() ? describe(next) : next.problems().size()
                    + " problem(s) to fix before this camp can be imported.");
            problems.setItems(next.problems());
            problems.setVisible(!next.importable());
        }
        importButton.setEnabled(next != null && next.importable());
    }

    static String describe(CampImportPreview p) {
        return "%s, %s to %s: %d participants, %d houses with %d rooms and %d beds, %d tasks, %d shifts."
                .formatted(p.campName(), p.startsOn(), p.endsOn(), p.participants(), p.houses(), p.rooms(), p.beds(),
                        p.tasks(), p.shifts());
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
        summary.setText("Imported " + name + ".");
        rosterLink.setRoute(RosterView.class, new RouteParameters(RosterView.CAMP_ID, String.valueOf(campId)));
        rosterLink.setText("Open the roster of " + name);
        rosterLink.setVisible(true);
        export.refresh();
    }

    private void startOver() {
        files.clear();
        upload.clearFileList();
        uploadError.setText("");
        rosterLink.setVisible(false);
        showPreview(null);
    }
}
