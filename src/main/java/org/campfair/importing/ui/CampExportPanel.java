package org.campfair.importing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.importing.CampExportService;
import org.campfair.importing.ExportEncoding;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;

/** Downloads a chosen camp as a zip of its six CSV files, ready to edit and import again. */
class CampExportPanel extends FlexLayout {

    final Select<Camp> camp = new Select<>();
    final RadioButtonGroup<ExportEncoding> encoding = new RadioButtonGroup<>();
    final Anchor download = new Anchor();
    final Paragraph problem = new Paragraph();

    private final CampService camps;
    private final CampExportService exporter;

    CampExportPanel(CampService camps, CampExportService exporter) {
        this.camps = camps;
        this.exporter = exporter;
        camp.setLabel(getTranslation("importing.export.camp"));
        var dates = DateFormats.of(getLocale());
        camp.setItemLabelGenerator(c -> c.name() + " (" + dates.dayWithYear(c.startsOn()) + ")");
        camp.setMinWidth("16em");
        camp.addValueChangeListener(change -> point(change.getValue()));
        encoding.setLabel(getTranslation("importing.export.encoding"));
        encoding.setItems(ExportEncoding.values());
        encoding.setItemLabelGenerator(choice -> getTranslation(choice == ExportEncoding.UTF8_BOM
                ? "importing.export.utf8" : "importing.export.shiftJis"));
        encoding.setValue(ExportEncoding.UTF8_BOM);
        encoding.addValueChangeListener(change -> point(camp.getValue()));
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("flex-basis", "100%");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("importing.export.download")));
        offerDownload(false);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(camp, encoding, download, problem);
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
        problem.setText("");
        if (chosen == null) {
            download.removeHref();
            offerDownload(false);
            return;
        }
        // The handler runs outside the UI lock, so it keeps the id and encoding rather than reading the fields.
        long campId = chosen.id();
        var chosenEncoding = encoding.getValue() == null ? ExportEncoding.UTF8_BOM : encoding.getValue();
        if (chosenEncoding == ExportEncoding.SHIFT_JIS) {
            // A download cannot show why it failed, so Shift_JIS is tried here first and a
            // character it cannot hold is named before anyone clicks.
            try {
                exporter.exportZip(campId, chosenEncoding);
            } catch (RefusedChangeException refused) {
                problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
                download.removeHref();
                offerDownload(false);
                return;
            }
        }
        String fileName = "camp-" + campId + "-csv.zip";
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] zip = exporter.exportZip(campId, chosenEncoding);
            return new DownloadResponse(new ByteArrayInputStream(zip), fileName, "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD);
        offerDownload(true);
    }

    /**
     * A link without a camp does nothing: aria-disabled says so to screen readers and to
     * contrast checks, which exempt inactive controls (WCAG 1.4.3) but cannot tell a disabled
     * link from a faint one otherwise.
     */
    private void offerDownload(boolean offered) {
        download.setEnabled(offered);
        download.getElement().setAttribute("aria-disabled", String.valueOf(!offered));
    }
}
