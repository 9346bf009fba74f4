package org.campfair.importing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.importing.CampExportService;

/** Downloads a chosen camp as a zip of its six CSV files, ready to edit and import again. */
class CampExportPanel extends FlexLayout {

    final Select<Camp> camp = new Select<>();
    final Anchor download = new Anchor();

    private final CampService camps;
    private final CampExportService exporter;

    CampExportPanel(CampService camps, CampExportService exporter) {
        this.camps = camps;
        this.exporter = exporter;
        camp.setLabel(getTranslation("importing.export.camp"));
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        camp.setItemLabelGenerator(c -> c.name() + " (" + day.format(c.startsOn()) + ")");
        camp.setMinWidth("16em");
        camp.addValueChangeListener(change -> point(change.getValue()));
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("importing.export.download")));
        download.setEnabled(false);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(camp, download);
        refresh();
    }

    void refresh() {
        var current = camp.getValue();
        var all = camps.listMine().stream().sorted(Comparator.comparing(Camp::startsOn).reversed()).toList();
        camp.setItems(all);
        if (current != null) {
            all.stream().filter(c -> c.id() == current.id()).findFirst().ifPresent(camp::setValue);
        }
    }

    private void point(Camp chosen) {
        if (chosen == null) {
            download.removeHref();
            download.setEnabled(false);
            return;
        }
        // The handler runs outside the UI lock, so it keeps the id rather than reading the Select.
        long campId = chosen.id();
        String fileName = "camp-" + campId + "-csv.zip";
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] zip = exporter.exportZip(campId);
            return new DownloadResponse(new ByteArrayInputStream(zip), fileName, "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD);
        download.setEnabled(true);
    }
}
