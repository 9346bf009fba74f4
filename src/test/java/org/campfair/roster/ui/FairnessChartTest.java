package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.campfair.roster.WorkShare;
import org.junit.jupiter.api.Test;

class FairnessChartTest {

    private static final FairnessChart.Labels LABELS =
            new FairnessChart.Labels("title", "fair share {0} h", "planned {0}", "{0} not confirmed yet");

    @Test
    void noNumberStandsOnTheFairShareLine() {
        // Bars ending just short of, on and just past the mean: their numbers used to sit on the line.
        var shares = List.of(new WorkShare("Ana", false, 7 * 60 * 10, 10), new WorkShare("Ben", true, 8 * 60 * 10, 10),
                new WorkShare("Cai", false, 9 * 60 * 10, 10));

        String svg = FairnessChart.draw(shares, LABELS);

        double line = number(svg, "<line x1='([\\d.]+)'");
        var values = Pattern.compile("<text x='([\\d.]+)' y='\\d+'>").matcher(svg);
        int count = 0;
        while (values.find()) {
            assertThat(Double.parseDouble(values.group(1))).as("a bar's number right of every bar and the line")
                    .isGreaterThan(line + 20);
            count++;
        }
        assertThat(count).isEqualTo(3);
        var fairLabel = Pattern.compile("<text x='[\\d.]+' y='(\\d+)' fill='#c0392b'").matcher(svg);
        assertThat(fairLabel.find()).isTrue();
        assertThat(Integer.parseInt(fairLabel.group(1))).as("the fair-share label above the line's top")
                .isLessThan((int) number(svg, "y1='(\\d+)'"));
    }

    @Test
    void aShareMovedByCheckInsShowsThePlanBesideIt() {
        // Ana was planned 20 h over 10 days and confirmed 23 h; Ben has a shift not marked yet.
        var shares = List.of(new WorkShare("Ana", false, 23 * 60, 10, 20 * 60, 6 * 60, 0),
                new WorkShare("Ben", false, 20 * 60, 10, 20 * 60, 0, 1));

        String svg = FairnessChart.draw(shares, LABELS);

        assertThat(svg).contains(">2.3 · planned 2.0</text>", "stroke-dasharray='2 2'", "(1 not confirmed yet)",
                ">2.0 …</text>");
        assertThat(svg.split("stroke-dasharray='2 2'", -1)).as("one outline, only where the plan differs").hasSize(2);
    }

    private static double number(String svg, String regex) {
        var matcher = Pattern.compile(regex).matcher(svg);
        assertThat(matcher.find()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
