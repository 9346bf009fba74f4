package org.campfair.calendar.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.campfair.campday.CertificateName;
import org.campfair.campday.CertificateService;
import org.campfair.shared.i18n.DateFormats;

/**
 * The end of a participant's schedule page: their certificate of participation, downloadable
 * once the camp has ended (until then, from when), and whether it shows their legal name.
 */
class CertificateSection extends Div {

    final H2 title = new H2();
    final Checkbox legalName = new Checkbox();
    /** Why the legal name cannot be chosen. */
    final Paragraph noLegalName = new Paragraph();
    /** Until the camp has ended: from when the certificate can be had. */
    final Paragraph notYet = new Paragraph();
    final Anchor download = new Anchor();

    CertificateSection(CertificateService certificates, long participantId) {
        var choice = certificates.choice(participantId);
        title.setText(getTranslation("campday.certificate.section"));
        legalName.setLabel(getTranslation("campday.certificate.useLegalName"));
        legalName.setValue(choice.name() == CertificateName.LEGAL_NAME && choice.legalNameKnown());
        legalName.setEnabled(choice.legalNameKnown());
        legalName.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                certificates.choose(participantId,
                        change.getValue() ? CertificateName.LEGAL_NAME : CertificateName.NICKNAME);
            }
        });
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("campday.certificate.download")));
        add(title, new Paragraph(getTranslation("campday.certificate.help")), legalName);
        if (!choice.legalNameKnown()) {
            noLegalName.setText(getTranslation("campday.certificate.noLegalName"));
            add(noLegalName);
        }
        if (choice.available()) {
            // Read when clicked, so a change of the checkbox counts without reloading the page.
            download.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = certificates.certificate(participantId);
                return new DownloadResponse(new ByteArrayInputStream(pdf), "certificate.pdf", "application/pdf",
                        pdf.length);
            }), AttachmentType.DOWNLOAD);
            add(new Div(download));
        } else {
            notYet.setText(getTranslation("campday.certificate.availableFrom",
                    DateFormats.of(getLocale()).dayWithYear(choice.availableFrom())));
            add(notYet);
        }
    }
}
