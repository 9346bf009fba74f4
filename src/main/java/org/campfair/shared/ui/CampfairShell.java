package org.campfair.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus a small plain stylesheet. No npm theme, so no frontend build is
 * needed (these machines cannot run the Node version a Vaadin 25 build needs). Server push
 * lets the roster page follow a running solve.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("campfair.css")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class CampfairShell implements AppShellConfigurator {

    /** A small SVG campfire, so browsers stop asking for a missing favicon.ico on every page. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
