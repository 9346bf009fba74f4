package org.campfair.selfservice.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The top of the open-seats page on a phone: one link per part of the page with how much it
 * holds ("Your shifts (3)"), because a participant's own shifts and the offers for them come
 * below every open seat, many screens down. A link scrolls its part's heading to just below
 * the sticky status line and moves the focus there, so the keyboard and a screen reader carry
 * on from the part chosen, not from the top.
 */
class PageSections extends Nav {

    /**
     * Jumps in the browser, without a round trip: scrolls the heading the link names into view
     * clear of the status line that sticks to the top, and focuses it (headings are focusable by
     * script only, tabindex -1, so Tab still goes from control to control).
     */
    private static final String JUMP = """
            this.addEventListener('click', e => {
                const link = e.target.closest('a[href^="#"]');
                const target = link && document.getElementById(link.getAttribute('href').substring(1));
                if (!target) return;
                e.preventDefault();
                const status = document.querySelector('p[role=status]');
                target.style.scrollMarginTop = ((status ? status.offsetHeight : 0) + 8) + 'px';
                target.scrollIntoView({block: 'start'});
                target.focus({preventScroll: true});
            });""";

    /** One part of the page: the id of its heading, the words of its link, how many things it holds. */
    record Section(String id, String key, int count) {
    }

    final UnorderedList links = new UnorderedList();

    PageSections() {
        getElement().setAttribute("aria-label", getTranslation("openSeats.sections"));
        addClassName("page-sections");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("list-style", "none").set("margin", "0").set("padding", "0");
        add(links);
        addAttachListener(attach -> getElement().executeJs(JUMP));
    }

    /** Makes the heading a link's target: an id, and focusable by script only. */
    static void target(HasElement heading, String id) {
        heading.getElement().setAttribute("id", id);
        heading.getElement().setAttribute("tabindex", "-1");
    }

    /** Shows a link to each part, in the order given. */
    void show(List<Section> sections) {
        links.removeAll();
        for (var section : sections) {
            var link = new Anchor("#" + section.id(), getTranslation(section.key(), section.count()));
            // Vaadin's router would take a click on a link of the app for a navigation to another view.
            link.getElement().setAttribute("router-ignore", true);
            links.add(new ListItem(link));
        }
    }
}
