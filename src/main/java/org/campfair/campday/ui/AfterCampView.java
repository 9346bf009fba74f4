package org.campfair.campday.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.campfair.camp.CampRoutes;
import org.campfair.campday.CertificateService;
import org.campfair.campday.ConfirmedHoursService;
import org.campfair.importing.ExportEncoding;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;
import org.springframework.security.access.AccessDeniedException;

/**
 * After the camp ({@code camps/{id}/after-camp}), for its organizers: every certificate of
 * participation in one zip once the camp has ended, and the confirmed hours as CSV at any
 * time, in UTF-8 with a byte order mark or in Shift_JIS.
 */
@Route("camps/:campId/after-camp")
@RolesAllowed("ORGANIZER")
class AfterCampView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("campday.afterCamp.title"));
    final Anchor certificatesZip = new Anchor();
    /** Until the camp has ended: from when the certificates can be had. */
    final Paragraph certificatesNotYet = new Paragraph();
    final RadioButtonGroup<ExportEncoding> encoding = new RadioButtonGroup<>();
    final Anchor hoursCsv = new Anchor();
    final Paragraph problem = new Paragraph();

    private final CertificateService certificates;
    private final ConfirmedHoursService hours;
    private long campId;

    AfterCampView(CertificateService certificates, ConfirmedHoursService hours) {
        this.certificates = certificates;
        this.hours = hours;
        setMaxWidth("48rem");
        certificatesZip.add(VaadinIcon.DOWNLOAD.create(),
                new Span(" " + getTranslation("campday.afterCamp.downloadCertificates")));
        hoursCsv.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("campday.afterCamp.downloadHours")));
        encoding.setLabel(getTranslation("importing.export.encoding"));
        encoding.setItems(ExportEncoding.values());
        encoding.setItemLabelGenerator(choice -> getTranslation(choice == ExportEncoding.UTF8_BOM
                ? "importing.export.utf8" : "importing.export.shiftJis"));
        encoding.setValue(ExportEncoding.UTF8_BOM);
        encoding.addValueChangeListener(change -> pointHours());
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campday.afterCamp.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        try {
            campId = CampRoutes.campIdOf(event);
            var camp = certificates.ofCamp(campId);
            title.setText(getTranslation("campday.afterCamp.titleOf", camp.camp()));
            add(new H2(getTranslation("campday.afterCamp.certificates")),
                    new Paragraph(getTranslation("campday.afterCamp.certificatesHelp")));
            if (camp.available()) {
                long shown = campId;
                certificatesZip.setHref(DownloadHandler.fromInputStream(download -> {
                    byte[] zip = certificates.certificates(shown);
                    return new DownloadResponse(new ByteArrayInputStream(zip), "camp-" + shown + "-certificates.zip",
                            "application/zip", zip.length);
                }), AttachmentType.DOWNLOAD);
                add(certificatesZip);
            } else {
                certificatesNotYet.setText(getTranslation("campday.certificate.availableFrom",
                        DateFormats.of(getLocale()).dayWithYear(camp.availableFrom())));
                add(certificatesNotYet);
            }
            add(new H2(getTranslation("campday.afterCamp.hours")),
                    new Paragraph(getTranslation("campday.afterCamp.hoursHelp")), encoding, hoursCsv, problem);
            pointHours();
        } catch (NotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation("campday.afterCamp.notYours")));
        }
    }

    private void pointHours() {
        problem.setText("");
        long shown = campId;
        var chosen = encoding.getValue() == null ? ExportEncoding.UTF8_BOM : encoding.getValue();
        if (chosen == ExportEncoding.SHIFT_JIS) {
            // A download cannot show why it failed: Shift_JIS is tried here first, and a
            // character it cannot hold is named before anyone clicks.
            try {
                hours.csv(shown, chosen);
            } catch (RefusedChangeException refused) {
                problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
                hoursCsv.removeHref();
                hoursCsv.setEnabled(false);
                return;
            }
        }
        hoursCsv.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] csv = hours.csv(shown, chosen);
            return new DownloadResponse(new ByteArrayInputStream(csv), "camp-" + shown + "-confirmed-hours.csv",
                    "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD);
        hoursCsv.setEnabled(true);
    }
}
