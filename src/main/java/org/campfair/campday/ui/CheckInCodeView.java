package org.campfair.campday.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.nayuki.qrcodegen.QrCode;
import jakarta.annotation.security.PermitAll;
import org.campfair.campday.CheckInService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;

/**
 * The shift's check-in QR code, to show on a phone at the site or print for the notice board.
 * Opening it signs the participant in to their seat (see {@link ScanView}). Shown to those who
 * may mark the shift.
 */
@Route("check-in/:shiftId/code")
@PermitAll
class CheckInCodeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("campday.code.title"));
    final Div picture = new Div();
    final Paragraph link = new Paragraph();
    /** For the camp's organizers: voids every code of the camp shown or printed so far. */
    final Button renew = new Button(getTranslation("campday.code.renew"));

    private final CheckInService checkIns;
    private final CampAccess access;
    private long campId;

    CheckInCodeView(CheckInService checkIns, CampAccess access) {
        this.checkIns = checkIns;
        this.access = access;
        setAlignItems(Alignment.CENTER);
        picture.setWidth("min(80vw, 22rem)");
        renew.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
        renew.addClickListener(click -> {
            checkIns.renewCodes(campId);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campday.code.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        try {
            long shiftId = event.getRouteParameters().getLong("shiftId").orElseThrow(() -> new NotFoundException("Shift", 0));
            String url = origin() + "/scan/" + shiftId + "/" + checkIns.code(shiftId);
            picture.removeAll();
            picture.add(svg(url, getTranslation("campday.code.title")));
            link.setText(getTranslation("campday.code.help"));
            add(picture, link, new Button(getTranslation("campday.code.print"),
                    click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"))));
            campId = checkIns.shift(shiftId).campId();
            if (access.organizes(signedInName(), campId)) {
                add(new Paragraph(getTranslation("campday.code.renewHelp")), renew);
            }
        } catch (NotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation("campday.checkIn.notYours")));
        }
    }

    private static String signedInName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** The address people reach this server by, as the browser asked for it (the proxy's, if any). */
    private static String origin() {
        var request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var servlet = (jakarta.servlet.http.HttpServletRequest) ((com.vaadin.flow.server.VaadinServletRequest) request)
                .getHttpServletRequest();
        String port = (servlet.getScheme().equals("https") && servlet.getServerPort() == 443)
                || (servlet.getScheme().equals("http") && servlet.getServerPort() == 80) ? "" : ":" + servlet.getServerPort();
        return servlet.getScheme() + "://" + servlet.getServerName() + port + servlet.getContextPath();
    }

    /**
     * The QR code as SVG drawn on the server: no image files, sharp when printed. The library
     * makes the code; drawing it is left to its users (its SVG writer is demo code, not API).
     */
    static Html svg(String text, String label) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return new Html("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + label.replace("\"", "") + "\" shape-rendering=\"crispEdges\" style=\"width:100%;height:auto\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>");
    }
}
