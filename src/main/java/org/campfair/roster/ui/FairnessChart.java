package org.campfair.roster.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;
import org.campfair.roster.WorkShare;

/**
 * Hours per day at camp for every participant, one bar each, against the fair share (the
 * mean), drawn as server-side SVG: no chart library, no frontend build. Newcomers' bars are
 * marked so an organizer sees at a glance that they start gently. During the camp the bar is
 * what fairness counts (hours confirmed at check-in so far, planned hours ahead) and an outline
 * shows the plan where the two differ, the numbers side by side in a column of their own.
 *
 * <p>The numbers stand in that column right of the bars, and the fair-share label above them,
 * so no text ever sits on the dashed fair-share line (issue 20).
 */
class FairnessChart extends Svg {

    private static final int BAR = 14;
    private static final int GAP = 4;
    private static final int TOP = 24;
    private static final int LABEL = 110;
    private static final int VALUES = 150;
    private static final int WIDTH = 620;
    private static final int PLOT_END = WIDTH - VALUES;

    /**
     * The chart's texts in the reader's language.
     *
     * @param title the chart's accessible title
     * @param fairShare the label of the fair-share line, with {0} for its hours
     * @param planned a bar's planned hours beside its counted ones, with {0} for the hours
     * @param notConfirmedYet shifts started but not marked yet, with {0} for how many
     */
    record Labels(String title, String fairShare, String planned, String notConfirmedYet) {
    }

    FairnessChart() {
        getElement().getStyle().set("width", "100%").set("max-width", "900px");
    }

    void setShares(List<WorkShare> shares) {
        setSvg(draw(shares, new Labels(getTranslation("roster.fairness.title"),
                getTranslation("roster.fairness.fairShare"), getTranslation("roster.fairness.planned"),
                getTranslation("roster.fairness.notConfirmedYet"))));
    }

    static String draw(List<WorkShare> shares, Labels labels) {
        double max = Math.max(1, shares.stream()
                .mapToDouble(s -> Math.max(s.hoursPerDay(), s.plannedHoursPerDay())).max().orElse(1));
        double fair = shares.stream().mapToDouble(WorkShare::hoursPerDay).average().orElse(0);
        int height = TOP + shares.size() * (BAR + GAP) + 6;
        double scale = (PLOT_END - LABEL - 8) / max;
        var svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' role='img' font-size='11' font-family='sans-serif'>"
                .formatted(WIDTH, height));
        svg.append("<title>").append(escape(labels.title())).append("</title>");
        for (int i = 0; i < shares.size(); i++) {
            bar(svg, shares.get(i), TOP + i * (BAR + GAP), scale, labels);
        }
        double fairX = LABEL + fair * scale;
        svg.append("<line x1='%s' x2='%s' y1='%d' y2='%d' stroke='#c0392b' stroke-dasharray='4 3'/>".formatted(
                number(fairX), number(fairX), TOP - 4, height - 4));
        // Above the bars, anchored so that it stays inside the chart wherever the line falls.
        String anchor = fairX < LABEL + 60 ? "start" : fairX > PLOT_END - 60 ? "end" : "middle";
        svg.append("<text x='%s' y='%d' fill='#c0392b' text-anchor='%s'>%s</text>".formatted(
                number(fairX), TOP - 8, anchor, escape(labels.fairShare().replace("{0}", number(fair)))));
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, WorkShare share, int y, double scale, Labels labels) {
        double length = share.hoursPerDay() * scale;
        String fill = share.newcomer() ? "#4a9a6a" : "#3a6ea5";
        String value = number(share.hoursPerDay());
        if (share.differsFromPlan()) {
            value += " · " + labels.planned().replace("{0}", number(share.plannedHoursPerDay()));
        }
        String detail = share.notConfirmedYet() == 0 ? ""
                : " (" + labels.notConfirmedYet().replace("{0}", String.valueOf(share.notConfirmedYet())) + ")";
        svg.append("<text x='%d' y='%d' text-anchor='end'>%s%s</text>".formatted(LABEL - 6, y + BAR - 3,
                escape(share.nickname()), share.newcomer() ? " ✿" : ""));
        svg.append("<rect x='%d' y='%d' width='%s' height='%d' fill='%s'><title>%s: %s h%s</title></rect>"
                .formatted(LABEL, y, number(length), BAR, fill, escape(share.nickname()), escape(value),
                        escape(detail)));
        if (share.differsFromPlan()) {
            svg.append("<rect x='%d' y='%d' width='%s' height='%d' fill='none' stroke='#222' stroke-dasharray='2 2'/>"
                    .formatted(LABEL, y + 2, number(share.plannedHoursPerDay() * scale), BAR - 4));
        }
        svg.append("<text x='%d' y='%d'>%s%s</text>".formatted(PLOT_END + 4, y + BAR - 3, escape(value),
                share.notConfirmedYet() == 0 ? "" : " …"));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
