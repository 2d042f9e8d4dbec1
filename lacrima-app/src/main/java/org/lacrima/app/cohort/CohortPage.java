package org.lacrima.app.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.lacrima.app.export.AtomicOutput;
import org.lacrima.app.report.Html;

/**
 * The cohort summary as one self-contained HTML page (inline SVG charts, no script, nothing fetched):
 * per condition a table and charts of episodes per hour and outcome shares with their 95 %
 * intervals, the build-up and vagal-rebound distributions, each subject's course across sessions,
 * and the recordings that failed with their reasons.
 */
public final class CohortPage {
    private static final String[] OUTCOME_COLOURS = {"#66a182", "#d1495b", "#edae49", "#8d6a9f"};

    private CohortPage() {
    }

    static void write(Path target, CohortSummary summary, List<CohortFailure> failures) throws IOException {
        AtomicOutput.writeText(target, out -> out.write(html(summary, failures)));
    }

    /** The page's HTML text. */
    public static String html(CohortSummary summary, List<CohortFailure> failures) {
        List<CohortSummary.ConditionSummary> cs = summary.conditions();
        List<String> names = cs.stream().map(CohortSummary.ConditionSummary::condition).toList();
        int sessions = cs.stream().mapToInt(CohortSummary.ConditionSummary::sessions).sum();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lacrima cohort summary</title>")
                .append("<style>body{font:14px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;")
                .append("color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;")
                .append("padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}")
                .append(".legend span{display:inline-block;margin-right:1em}.swatch{display:inline-block;width:10px;")
                .append("height:10px;margin-right:4px}</style></head><body>");
        h.append("<h1>Cohort summary</h1><p>").append(sessions).append(" recordings analysed in ").append(cs.size())
                .append(" condition").append(cs.size() == 1 ? "" : "s").append(", ").append(failures.size())
                .append(" failed. Intervals are 95 % percentile bootstrap intervals over sessions.</p>");
        conditionTable(h, cs);
        h.append("<h2>Episodes per hour</h2>");
        SvgPlot rate = new SvgPlot("Episodes per hour by condition", names, 0,
                niceMax(cs.stream().mapToDouble(c -> c.episodesPerHour().high()).max().orElse(1)), "episodes / hour");
        for (int c = 0; c < cs.size(); c++) {
            var i = cs.get(c).episodesPerHour();
            rate.barWithInterval(c, 0.3, 0.7, i.estimate(), i.low(), i.high(), SvgPlot.PALETTE[0],
                    names.get(c) + ": " + fmt(i.estimate(), 2));
        }
        h.append(rate.render());
        h.append("<h2>Outcome shares</h2>");
        List<String> outcomes = cs.isEmpty() ? List.of() : List.copyOf(cs.get(0).outcomeShares().keySet());
        legend(h, outcomes, OUTCOME_COLOURS);
        SvgPlot shares = new SvgPlot("Share of episodes by outcome and condition", names, 0, 1, "share of episodes");
        for (int c = 0; c < cs.size(); c++) {
            int k = 0;
            for (Map.Entry<String, Bootstrap.Interval> e : cs.get(c).outcomeShares().entrySet()) {
                double w = 0.8 / Math.max(1, outcomes.size());
                var i = e.getValue();
                shares.barWithInterval(c, 0.1 + k * w, 0.1 + (k + 1) * w - 0.02, i.estimate(), i.low(), i.high(),
                        OUTCOME_COLOURS[k % OUTCOME_COLOURS.length], names.get(c) + " " + e.getKey() + ": "
                                + percent(i.estimate()) + " (" + percent(i.low()) + "–" + percent(i.high()) + ")");
                k++;
            }
        }
        h.append(shares.render());
        distribution(h, "Build-up duration", "seconds from onset to peak", cs, names, true);
        distribution(h, "Vagal rebound", "P after release − P before onset (z)", cs, names, false);
        trajectories(h, summary.subjects(), names);
        failures(h, failures);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void conditionTable(StringBuilder h, List<CohortSummary.ConditionSummary> cs) {
        h.append("<table><thead><tr><th>condition</th><th>sessions</th><th>subjects</th><th>hours</th>")
                .append("<th>episodes</th><th>episodes / hour</th>");
        List<String> outcomes = cs.isEmpty() ? List.of() : List.copyOf(cs.get(0).outcomeShares().keySet());
        outcomes.forEach(o -> h.append("<th>").append(Html.escape(o)).append("</th>"));
        h.append("<th>build-up median (s)</th><th>vagal rebound median</th></tr></thead><tbody>");
        for (var c : cs) {
            h.append("<tr><td>").append(Html.escape(c.condition())).append("</td><td>").append(c.sessions())
                    .append("</td><td>").append(c.subjects()).append("</td><td>").append(fmt(c.hours(), 1))
                    .append("</td><td>").append(c.episodes()).append("</td><td>").append(withInterval(c.episodesPerHour(), 2))
                    .append("</td>");
            for (String o : outcomes) {
                var i = c.outcomeShares().get(o);
                h.append("<td>").append(percent(i.estimate())).append(" (").append(percent(i.low())).append("–")
                        .append(percent(i.high())).append(")</td>");
            }
            h.append("<td>").append(fmt(c.buildUpSec().quantile(0.5), 0)).append("</td><td>")
                    .append(fmt(c.vagalRebound().quantile(0.5), 2)).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void distribution(StringBuilder h, String title, String unit, List<CohortSummary.ConditionSummary> cs,
                                     List<String> names, boolean buildUp) {
        h.append("<h2>").append(title).append("</h2><p>Every episode as a dot coloured by its outcome; the box spans "
                + "the quartiles of all of them, the line is the median.</p>");
        List<String> outcomes = cs.isEmpty() ? List.of() : List.copyOf(cs.get(0).outcomeShares().keySet());
        legend(h, outcomes, OUTCOME_COLOURS);
        double lo = 0;
        double hi = 1;
        for (var c : cs) {
            var d = buildUp ? c.buildUpSec() : c.vagalRebound();
            if (d.count() > 0) {
                lo = Math.min(lo, d.sorted()[0]);
                hi = Math.max(hi, d.sorted()[d.count() - 1]);
            }
        }
        SvgPlot plot = new SvgPlot(title + " by condition", names, Math.floor(lo), niceMax(hi), unit);
        for (int c = 0; c < cs.size(); c++) {
            plot.boxWithDots(c, buildUp ? cs.get(c).buildUpSec() : cs.get(c).vagalRebound(),
                    outcome -> OUTCOME_COLOURS[Math.max(0, outcomes.indexOf(outcome)) % OUTCOME_COLOURS.length]);
        }
        h.append(plot.render());
    }

    private static void trajectories(StringBuilder h, List<CohortSummary.SubjectTrajectory> subjects, List<String> conditions) {
        h.append("<h2>Subjects across sessions</h2><p>Episodes per hour in each subject's sessions, in order; one line per subject.</p>");
        legend(h, conditions, SvgPlot.PALETTE);
        int longest = subjects.stream().mapToInt(s -> s.sessions().size()).max().orElse(1);
        double max = subjects.stream().flatMap(s -> s.sessions().stream())
                .mapToDouble(CohortSummary.SessionPoint::episodesPerHour).filter(Double::isFinite).max().orElse(1);
        List<String> orders = IntStream.rangeClosed(1, longest).mapToObj(i -> "session " + i).toList();
        SvgPlot plot = new SvgPlot("Episodes per hour across each subject's sessions", orders, 0, niceMax(max),
                "episodes / hour");
        for (var s : subjects) {
            int n = s.sessions().size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = plot.x(i, 0.5);
                ys[i] = s.sessions().get(i).episodesPerHour();
            }
            int colour = Math.max(0, conditions.indexOf(s.condition())) % SvgPlot.PALETTE.length;
            plot.line(xs, ys, SvgPlot.PALETTE[colour], s.subject() + " (" + s.condition() + ")");
        }
        h.append(plot.render());
    }

    private static void failures(StringBuilder h, List<CohortFailure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        h.append("<h2>Failed recordings</h2><table><thead><tr><th>recording</th><th>stage</th><th>reason</th></tr>")
                .append("</thead><tbody>");
        for (CohortFailure f : failures) {
            h.append("<tr><td>").append(Html.escape(f.recording())).append("</td><td>").append(f.stage())
                    .append("</td><td style=\"text-align:left\">").append(Html.escape(f.reason())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void legend(StringBuilder h, List<String> names, String[] colours) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            items.add("<span><i class=\"swatch\" style=\"background:" + colours[i % colours.length] + "\"></i>"
                    + Html.escape(names.get(i)) + "</span>");
        }
        h.append("<p class=\"legend\">").append(String.join("", items)).append("</p>");
    }

    private static double niceMax(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        return Math.ceil(v / step * 2) / 2 * step;
    }

    private static String withInterval(Bootstrap.Interval i, int decimals) {
        return fmt(i.estimate(), decimals) + " (" + fmt(i.low(), decimals) + "–" + fmt(i.high(), decimals) + ")";
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f %%", v * 100) : "–";
    }
}
