package org.campfair.roster.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import org.campfair.roster.WorkShare;

/**
 * Hours per day at camp for every participant, one bar each, against the fair share (the
 * mean), drawn as server-side SVG: no chart library, no frontend build. Newcomers' bars are
 * marked so an organizer sees at a glance that they start gently.
 */
class FairnessChart extends Svg {

    private static final int BAR = 14;
    private static final int GAP = 4;
    private static final int LABEL = 110;
    private static final int WIDTH = 560;

    FairnessChart() {
        getElement().getStyle().set("width", "100%").set("max-width", "900px");
    }

    void setShares(List<WorkShare> shares) {
        setSvg(draw(shares, getTranslation("roster.fairness.title"), getTranslation("roster.fairness.fairShare")));
    }

    /**
     * @param title the chart's accessible title
     * @param fairShare the label of the fair-share line, with {0} for its hours
     */
    static String draw(List<WorkShare> shares, String title, String fairShare) {
        double max = Math.max(1, shares.stream().mapToDouble(WorkShare::hoursPerDay).max().orElse(1));
        double fair = shares.stream().mapToDouble(WorkShare::hoursPerDay).average().orElse(0);
        int height = shares.size() * (BAR + GAP) + 30;
        double scale = (WIDTH - LABEL - 50) / max;
        var svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' role='img' font-size='11' font-family='sans-serif'>"
                .formatted(WIDTH, height));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < shares.size(); i++) {
            var share = shares.get(i);
            int y = 20 + i * (BAR + GAP);
            double length = share.hoursPerDay() * scale;
            String fill = share.newcomer() ? "#4a9a6a" : "#3a6ea5";
            svg.append("<text x='%d' y='%d' text-anchor='end'>%s%s</text>".formatted(LABEL - 6, y + BAR - 3,
                    escape(share.nickname()), share.newcomer() ? " ✿" : ""));
            svg.append("<rect x='%d' y='%d' width='%s' height='%d' fill='%s'><title>%s: %s h</title></rect>"
                    .formatted(LABEL, y, number(length), BAR, fill, escape(share.nickname()),
                            number(share.hoursPerDay())));
            svg.append("<text x='%s' y='%d'>%s</text>".formatted(number(LABEL + length + 4), y + BAR - 3,
                    number(share.hoursPerDay())));
        }
        double fairX = LABEL + fair * scale;
        svg.append("<line x1='%s' x2='%s' y1='12' y2='%d' stroke='#c0392b' stroke-dasharray='4 3'/>".formatted(
                number(fairX), number(fairX), height - 6));
        svg.append("<text x='%s' y='10' fill='#c0392b' text-anchor='middle'>%s</text>".formatted(
                number(fairX), escape(fairShare.replace("{0}", number(fair)))));
        return svg.append("</svg>").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
