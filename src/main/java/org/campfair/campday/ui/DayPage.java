package org.campfair.campday.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of the camp's day whose heading is also the browser's title, built again below the
 * heading on every visit: a phone that comes back to the page shows the day as it is now.
 */
abstract class DayPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title;

    DayPage(String titleKey) {
        title = new H1(getTranslation(titleKey));
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        enter(event);
    }

    /** Fills the page below its heading for the route entered. */
    abstract void enter(BeforeEnterEvent event);
}
