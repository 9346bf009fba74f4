package org.campfair.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * What a person sees at an address that does not exist or is not theirs (a participant at an
 * organizer's page, an organizer at another camp): one calm page inside the app's frame, with
 * a way back, and never which of the two it was, so an address reveals nothing.
 */
abstract class NotYoursPage extends VerticalLayout implements HasDynamicTitle {

    final H1 title = new H1(getTranslation("app.notFound.title"));
    final Paragraph detail = new Paragraph(getTranslation("app.notFound.detail"));

    NotYoursPage() {
        setMaxWidth("36rem");
        var back = new RouterLink(getTranslation("app.notFound.back"), HomeView.class);
        add(title, detail, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.notFound.title");
    }
}
