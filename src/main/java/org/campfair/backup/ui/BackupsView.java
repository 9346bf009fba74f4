package org.campfair.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.time.ZoneId;
import org.campfair.backup.BackupFailedException;
import org.campfair.backup.BackupFile;
import org.campfair.backup.BackupService;
import org.campfair.shared.i18n.DateFormats;

/**
 * Backs up the whole database on demand and lists the backups (daily and on demand) with a
 * download link each, so a copy can leave the machine. Staff organizers only: other
 * organizers see why not, since a backup holds every camp.
 */
@Route("backups")
@RolesAllowed("ORGANIZER")
class BackupsView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph staffOnly = new Paragraph(getTranslation("backup.staffOnly"));
    final Button backUpNow = new Button(getTranslation("backup.now"), VaadinIcon.DATABASE.create());
    final Span result = new Span();
    final Grid<BackupFile> backups = new Grid<>(BackupFile.class, false);

    private final BackupService service;

    BackupsView(BackupService service) {
        this.service = service;
        setMaxWidth("60em");
        add(new H1(getTranslation("backup.title")));
        if (!service.signedInMayBackUp()) {
            add(staffOnly);
            return;
        }
        var dates = DateFormats.of(getLocale());
        backups.addColumn(backup -> dates.dateTime(backup.createdAt(), ZoneId.systemDefault()))
                .setHeader(getTranslation("backup.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        backups.addColumn(backup -> kind(backup.kind()))
                .setHeader(getTranslation("backup.column.kind")).setAutoWidth(true).setFlexGrow(0);
        backups.addColumn(backup -> size(backup.sizeBytes())).setHeader(getTranslation("backup.column.size"))
                .setAutoWidth(true).setFlexGrow(0);
        backups.addComponentColumn(this::download).setHeader(getTranslation("backup.column.file")).setFlexGrow(1);
        backups.addThemeVariants(GridVariant.LUMO_COMPACT);
        backups.setAllRowsVisible(true);
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.setDisableOnClick(true);
        backUpNow.addClickListener(click -> backUp());
        add(new Paragraph(getTranslation("backup.help", service.folder().toString(), service.keep())),
                backUpNow, result, backups,
                new Paragraph(getTranslation("backup.restoreHelp")));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.pageTitle");
    }

    private void backUp() {
        try {
            var made = service.backUpNow();
            result.setText(getTranslation("backup.done", made.name(), size(made.sizeBytes())));
            result.getStyle().remove("color");
        } catch (BackupFailedException e) {
            result.setText(getTranslation("backup.failed", e.getMessage()));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
        } finally {
            backUpNow.setEnabled(true);
        }
        refresh();
    }

    private void refresh() {
        var all = service.list();
        backups.setItems(all);
        backups.setVisible(!all.isEmpty());
        if (all.isEmpty() && result.getText().isEmpty()) {
            result.setText(getTranslation("backup.none"));
        }
    }

    private Anchor download(BackupFile backup) {
        String name = backup.name();
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = service.file(name).orElseThrow(() -> new IllegalStateException("No backup " + name));
            return new DownloadResponse(Files.newInputStream(file), name, "application/zip", Files.size(file));
        }), AttachmentType.DOWNLOAD, name);
        link.getElement().setAttribute("aria-label", getTranslation("backup.download", name));
        return link;
    }

    private String size(long bytes) {
        return bytes >= 1_000_000 ? String.format(getLocale(), "%.1f MB", bytes / 1e6)
                : String.format(getLocale(), "%d kB", Math.max(1, (bytes + 999) / 1000));
    }

    private String kind(BackupFile.Kind kind) {
        return switch (kind) {
            case MANUAL -> getTranslation("backup.kind.manual");
            case DAILY -> getTranslation("backup.kind.daily");
        };
    }
}
