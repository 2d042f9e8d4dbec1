package org.lacrima.app.report;

import static org.lacrima.app.report.Html.escape;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Event;

/** The report's text sections as escaped HTML fragments. */
final class ReportSections {
    private static final int MAX_EVENTS_LISTED = 200;
    /** #, onset, peak, release, end, outcome, interrupted, confidence. */
    private static final int EPISODE_COLUMNS_BEFORE_METRICS = 8;

    private final SessionAnalysis analysis;

    ReportSections(SessionAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The recording's name as shown in titles: the file name of its source. */
    String sourceName() {
        String source = analysis.recording().source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    String header(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">");
        analysis.recording().start().ifPresent(s -> sb.append("Recorded ").append(escape(s.toString().replace('T', ' '))).append(" · "));
        if (!analysis.recording().subjectCode().isBlank()) {
            sb.append("Client ").append(escape(analysis.recording().subjectCode())).append(" · ");
        }
        sb.append("Source <code>").append(escape(analysis.recording().source())).append("</code></p>");
        return sb.toString();
    }

    String summary() {
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, analysis.episodes().stream().filter(e -> e.outcome() == o).count());
        }
        long used = analysis.channels().stream().filter(ChannelSummary::used).count();
        StringBuilder sb = new StringBuilder("<div class=\"cards\">\n");
        card(sb, "Duration", DisplayFormat.clock(analysis.durationSec()), "h:mm:ss");
        card(sb, "Channels", used + " of " + analysis.channels().size(), "used by the analysis");
        card(sb, "Episodes", Integer.toString(analysis.episodes().size()), "build-ups found");
        for (Outcome o : Outcome.values()) {
            sb.append("<div class=\"card outcome-").append(o.jsonName()).append("\"><div class=\"label\">")
                    .append(o.jsonName()).append("</div><div class=\"value\" data-outcome-count=\"").append(o.jsonName())
                    .append("\">").append(byOutcome.get(o)).append("</div></div>\n");
        }
        String baselineKind = analysis.baseline().automatic() ? "chosen automatically" : "given by the user";
        card(sb, "Baseline", DisplayFormat.clock(analysis.baseline().startSec()) + "–"
                + DisplayFormat.clock(analysis.baseline().endSec()), baselineKind);
        return sb.append("</div>").toString();
    }

    private static void card(StringBuilder sb, String label, String value, String note) {
        sb.append("<div class=\"card\"><div class=\"label\">").append(escape(label)).append("</div><div class=\"value\">")
                .append(escape(value)).append("</div><div class=\"note\">").append(escape(note)).append("</div></div>\n");
    }

    String warnings() {
        if (analysis.warnings().isEmpty()) {
            return "<p class=\"muted\">No warnings: every index could be assessed from the channels present.</p>";
        }
        return analysis.warnings().stream().map(w -> "<li>" + escape(w) + "</li>")
                .collect(Collectors.joining("\n", "<ul class=\"warnings\">\n", "\n</ul>"));
    }

    /** The outcome glossary, in the words the web app's session page uses too ({@link Vocabulary}). */
    String outcomeExplanation() {
        StringBuilder sb = new StringBuilder("<dl class=\"outcomes\">\n");
        for (Outcome o : Outcome.values()) {
            sb.append("  <dt><span class=\"badge ").append(o.jsonName()).append("\">").append(o.jsonName())
                    .append("</span></dt>\n  <dd>").append(escape(Vocabulary.outcomeExplanation(o))).append("</dd>\n");
        }
        return sb.append("</dl>\n<p class=\"disclaimer\">").append(escape(Vocabulary.disclaimer())).append("</p>").toString();
    }

    String episodeTable() {
        List<Episode> episodes = analysis.episodes();
        if (episodes.isEmpty()) {
            return "<p class=\"muted\" id=\"no-episodes\">No build-up episode was found in this recording.</p>";
        }
        StringBuilder sb = new StringBuilder("""
                <table id="episodes" class="data">
                <thead><tr><th>#</th><th>Onset</th><th>Peak</th><th>Release</th><th>End</th><th>Outcome</th>
                <th>Interrupted</th><th>Confidence</th>""");
        // The metric columns follow the one definition of the metrics, in its order.
        for (EpisodeMetric metric : EpisodeMetric.values()) {
            sb.append("<th data-metric=\"").append(metric.key()).append("\">").append(escape(metric.label())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            EpisodeMetrics m = e.metrics();
            sb.append("<tr data-episode=\"").append(i + 1).append("\" data-onset-sec=\"").append(e.onsetSec())
                    .append("\" data-peak-sec=\"").append(e.peakSec()).append("\" data-end-sec=\"").append(e.endSec())
                    .append("\" data-outcome=\"").append(e.outcome().jsonName()).append("\" data-interrupted=\"")
                    .append(e.interrupted()).append("\" data-confidence=\"").append(e.confidence()).append("\">");
            td(sb, Integer.toString(i + 1));
            td(sb, DisplayFormat.clock(e.onsetSec()));
            td(sb, DisplayFormat.clock(e.peakSec()));
            td(sb, DisplayFormat.clock(e.releaseSec()));
            td(sb, DisplayFormat.clock(e.endSec()));
            sb.append("<td><span class=\"badge ").append(e.outcome().jsonName()).append("\">")
                    .append(e.outcome().jsonName()).append("</span></td>");
            td(sb, e.interrupted() ? "yes" : "no");
            td(sb, DisplayFormat.percent(e.confidence()));
            for (EpisodeMetric metric : EpisodeMetric.values()) {
                sb.append("<td data-metric=\"").append(metric.key()).append("\">")
                        .append(escape(DisplayFormat.metric(metric, m))).append("</td>");
            }
            sb.append("</tr>\n<tr class=\"evidence-row\" data-evidence-for=\"").append(i + 1)
                    .append("\"><td></td><td colspan=\"").append(EPISODE_COLUMNS_BEFORE_METRICS - 1 + EpisodeMetric.values().length)
                    .append("\" class=\"evidence\">")
                    .append(escape(EpisodeEvidence.describe(e)));
            for (String warning : e.warnings()) {
                sb.append("<br><span class=\"limit\">").append(escape(warning)).append("</span>");
            }
            sb.append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n<p class=\"muted note-print\">Times are h:mm:ss from the start of the recording; "
                + "axis values in baseline-normalised units (robust z). Click a row to zoom the charts to it.</p>").toString();
    }

    /**
     * The rises the detector followed and did not report, each with the check it failed: a reader who sees a bout in
     * the charts that is not among the episodes can tell whether it was considered, and why it was turned down.
     */
    String droppedCandidateTable() {
        List<DroppedCandidate> dropped = analysis.droppedCandidates();
        if (dropped.isEmpty()) {
            return "<p class=\"muted\" id=\"no-dropped\">The detector turned down no rise it followed: every candidate "
                    + "it opened is among the episodes above, or none opened.</p>";
        }
        StringBuilder sb = new StringBuilder("""
                <table id="dropped" class="data compact">
                <thead><tr><th>Onset</th><th>Highest point</th><th>Turned down at</th><th>Why it is not an episode</th>
                </tr></thead>
                <tbody>
                """);
        for (DroppedCandidate d : dropped) {
            sb.append("<tr data-onset-sec=\"").append(d.onsetSec()).append("\" data-reason=\"")
                    .append(d.reason().jsonName()).append("\">");
            td(sb, DisplayFormat.clock(d.onsetSec()));
            td(sb, DisplayFormat.clock(d.peakSec()));
            td(sb, DisplayFormat.clock(d.droppedAtSec()));
            td(sb, d.reason().description());
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n<p class=\"muted\">Rises of the sympathetic axis that opened a candidate "
                + "and failed one of the checks an episode must pass; marked by a grey strip at the foot of the axes chart.</p>").toString();
    }

    private static void td(StringBuilder sb, String text) {
        sb.append("<td>").append(escape(text)).append("</td>");
    }

    String channelTable() {
        StringBuilder sb = new StringBuilder("""
                <table id="channels" class="data">
                <thead><tr><th>Channel</th><th>Type</th><th>Unit</th><th>Rate</th><th>Duration</th>
                <th>Usable</th><th>Used</th></tr></thead>
                <tbody>
                """);
        for (ChannelSummary c : analysis.channels()) {
            sb.append("<tr>");
            td(sb, c.label());
            td(sb, c.type().name());
            td(sb, c.unit());
            td(sb, Double.isFinite(c.rateHz()) ? DisplayFormat.number(c.rateHz(), c.rateHz() < 10 ? 1 : 0) + " Hz" : "irregular");
            td(sb, DisplayFormat.clock(c.durationSec()));
            sb.append("<td><div class=\"quality\"><div class=\"bar\" style=\"width:")
                    .append(Double.isFinite(c.goodFraction()) ? Math.round(c.goodFraction() * 100) : 0)
                    .append("%\"></div><span>").append(escape(DisplayFormat.percent(c.goodFraction()))).append("</span></div></td>");
            td(sb, c.used() ? "yes" : "no");
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>").toString();
    }

    String eventList() {
        List<Event> events = analysis.events();
        if (events.isEmpty()) {
            return "<p class=\"muted\">No events were recorded or supplied.</p>";
        }
        StringBuilder sb = new StringBuilder("<table id=\"events\" class=\"data compact\"><thead><tr><th>Time</th>"
                + "<th>Duration</th><th>Label</th></tr></thead><tbody>\n");
        events.stream().limit(MAX_EVENTS_LISTED).forEach(e -> {
            sb.append("<tr>");
            td(sb, DisplayFormat.clock(e.onsetSec()));
            td(sb, e.durationSec() > 0 ? DisplayFormat.duration(e.durationSec()) : "");
            td(sb, e.label());
            sb.append("</tr>\n");
        });
        sb.append("</tbody></table>");
        if (events.size() > MAX_EVENTS_LISTED) {
            sb.append("<p class=\"muted\">… and ").append(events.size() - MAX_EVENTS_LISTED).append(" more.</p>");
        }
        return sb.toString();
    }
}
