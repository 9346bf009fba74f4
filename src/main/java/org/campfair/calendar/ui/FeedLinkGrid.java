package org.campfair.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campfair.calendar.FeedLinks;
import org.campfair.calendar.FeedLinks.FeedLink;
import org.campfair.calendar.FeedSubject;

/**
 * Feed links in a grid, each with Copy (an absolute URL to the clipboard, for pasting into a
 * calendar app), Re-issue (a new link; the old one answers 404 at once) and Revoke (no link
 * until one is issued again); the last two ask first ({@link #confirmation}), since whoever
 * subscribed to the old link loses their calendar. Rows are keyed by feed, so a row keeps its
 * place when its link changes.
 */
class FeedLinkGrid extends Grid<FeedSubject> {

    private final FeedLinks links;
    private final boolean namedByKind;
    private final Map<FeedSubject, FeedLink> shown = new LinkedHashMap<>();
    /** Asked before a link is re-issued or revoked. */
    final LinkConfirmation confirmation = new LinkConfirmation();

    /** {@code namedByKind}: rows say what kind of feed they are ("House: …"), else just the name. */
    FeedLinkGrid(FeedLinks links, boolean namedByKind) {
        this.links = links;
        this.namedByKind = namedByKind;
        addColumn(feed -> label(shown.get(feed))).setHeader(getTranslation("calendar.links.feed"))
                .setSortable(true).setAutoWidth(true);
        addComponentColumn(feed -> link(shown.get(feed))).setHeader(getTranslation("calendar.links.link"))
                .setFlexGrow(3);
        addComponentColumn(feed -> actions(shown.get(feed))).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(List<FeedLink> feeds) {
        shown.clear();
        feeds.forEach(link -> shown.put(link.feed(), link));
        setItems(List.copyOf(shown.keySet()));
    }

    FeedLink linkOf(FeedSubject feed) {
        return shown.get(feed);
    }

    void copy(FeedLink link) {
        // The browser knows the address the app is reached at; the server behind a proxy may not.
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("navigator.clipboard.writeText(new URL($0, document.baseURI).href)", link.path()));
        Notification.show(getTranslation("calendar.links.copied"));
    }

    void reissue(FeedLink link) {
        replace(links.reissue(link));
        Notification.show(getTranslation("calendar.links.reissued", label(link)));
    }

    void revoke(FeedLink link) {
        replace(links.revoke(link));
        Notification.show(getTranslation("calendar.links.revokedNotice", label(link)));
    }

    private void replace(FeedLink link) {
        shown.put(link.feed(), link);
        getDataProvider().refreshItem(link.feed());
    }

    String label(FeedLink link) {
        if (!namedByKind) {
            return link.name();
        }
        return switch (link.feed().kind()) {
            case CAMP -> getTranslation("calendar.links.camp", link.name());
            case VILLAGE -> getTranslation("calendar.links.village", link.name());
            case HOUSE -> getTranslation("calendar.links.house", link.name());
            case PARTICIPANT -> link.name();
        };
    }

    private com.vaadin.flow.component.Component link(FeedLink link) {
        if (link.path() == null) {
            return new Span(getTranslation("calendar.links.revoked"));
        }
        var anchor = new Anchor(link.path(), link.path());
        anchor.addClassName("feed-link");
        return anchor;
    }

    private HorizontalLayout actions(FeedLink link) {
        String who = label(link);
        var copy = small(new Button(getTranslation("calendar.links.copy"), click -> copy(shown.get(link.feed()))),
                getTranslation("calendar.links.copyLabel", who));
        copy.setEnabled(link.path() != null);
        var reissue = small(new Button(getTranslation("calendar.links.reissue"),
                click -> confirmation.ask(getTranslation("calendar.confirm.reissueTitle", who),
                        getTranslation("calendar.confirm.reissueText"), getTranslation("calendar.links.reissue"),
                        () -> reissue(shown.get(link.feed())))),
                getTranslation("calendar.links.reissueLabel", who));
        var revoke = small(new Button(getTranslation("calendar.links.revoke"),
                click -> confirmation.ask(getTranslation("calendar.confirm.revokeTitle", who),
                        getTranslation("calendar.confirm.revokeText"), getTranslation("calendar.links.revoke"),
                        () -> revoke(shown.get(link.feed())))),
                getTranslation("calendar.links.revokeLabel", who));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(link.path() != null);
        return new HorizontalLayout(copy, reissue, revoke);
    }

    private static Button small(Button button, String ariaLabel) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", ariaLabel);
        return button;
    }
}
