package org.campfair.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Tells the browser the language a page is in. Vaadin's page shell says {@code <html lang="en">}
 * whatever the page's language, so a screen reader read Japanese and Korean pages with an English
 * voice; and its connection indicator ("Online", "Connection lost", "…trying to reconnect"),
 * what a participant on a weak camp network reads when the server is out of reach, spoke only
 * English. Both live in the browser, so each page sets them after every navigation (the language
 * can change between pages).
 */
@Component
class DocumentLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(
                navigation -> tell(init.getUI())));
    }

    private static void tell(UI ui) {
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) {
                    indicator.onlineText = $1;
                    indicator.offlineText = $2;
                    indicator.reconnectingText = $3;
                }""", ui.getLocale().toLanguageTag(), ui.getTranslation("app.connection.online"),
                ui.getTranslation("app.connection.offline"), ui.getTranslation("app.connection.reconnecting"));
    }
}
