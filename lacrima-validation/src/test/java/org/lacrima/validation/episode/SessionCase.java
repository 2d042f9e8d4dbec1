package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.GroundTruth;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;

/**
 * One simulated session of the acceptance suite: what to simulate, which channels the analysis sees,
 * and an optional perturbation of the session model it was not tuned on (time stretched, skin
 * conductance responses scaled).
 *
 * @param name         short description for the printout
 * @param config       the simulation
 * @param subset       the channel subset given to the analysis ("all", "ECG+EDA", "ECG", "EDA", "RR", "PPG", ...)
 * @param timeStretch  factor applied to every time in the session (1 = as simulated; 1.3 = all dynamics 30 % slower)
 * @param edaScale     factor applied to the skin conductance signal (smaller or larger responses and level)
 */
record SessionCase(String name, SimulationConfig config, String subset, double timeStretch, double edaScale) {

    /** The recording as the analysis sees it. */
    Recording recording(SimulatedSession session) {
        Recording rec = session.recording();
        List<Channel> channels = new ArrayList<>();
        if (subset.equals("RR")) {
            channels.add(rrChannel(session.truth()));
        } else {
            Set<ChannelType> keep = types();
            for (Channel c : rec.channels()) {
                if (keep.contains(c.type())) {
                    channels.add(c);
                }
            }
        }
        List<Channel> perturbed = channels.stream().map(this::perturb).toList();
        List<Event> events = rec.events().stream()
                .map(e -> new Event(e.onsetSec() * timeStretch, e.durationSec() * timeStretch, e.label())).toList();
        return new Recording(rec.metadata(), perturbed, events);
    }

    /** The true episodes on the perturbed time axis. */
    List<TrueEpisode> truth(SimulatedSession session) {
        return session.truth().episodes().stream().map(t -> t.stretched(timeStretch)).toList();
    }

    private Set<ChannelType> types() {
        Set<ChannelType> types = EnumSet.noneOf(ChannelType.class);
        for (String part : subset.split("\\+")) {
            if (part.equals("all")) {
                types.addAll(config.channels());
            } else {
                types.add(ChannelType.valueOf(part));
            }
        }
        return types;
    }

    private Channel perturb(Channel c) {
        Samples values = c.values();
        if (c.type() == ChannelType.EDA && edaScale != 1) {
            double[] v = values.toArray();
            for (int i = 0; i < v.length; i++) {
                v[i] *= edaScale;
            }
            values = Samples.wrap(v);
        }
        if (!c.isRegular()) {
            double[] t = c.timesSec().toArray();
            double[] v = values.toArray();
            for (int i = 0; i < t.length; i++) {
                t[i] *= timeStretch;
                v[i] *= timeStretch;
            }
            return Channel.irregular(c.label(), c.type(), c.unit(), Samples.wrap(t), Samples.wrap(v));
        }
        return Channel.regular(c.label(), c.type(), c.unit(), c.rateHz() / timeStretch, c.startOffsetSec() * timeStretch,
                values);
    }

    /** RR intervals (seconds) stamped at their closing beat, as a chest strap delivers them. */
    private static Channel rrChannel(GroundTruth truth) {
        Samples beats = truth.beatTimesSec();
        int n = beats.length() - 1;
        double[] times = new double[n];
        double[] rr = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = beats.get(i + 1);
            rr[i] = beats.get(i + 1) - beats.get(i);
        }
        return Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(times), Samples.wrap(rr));
    }

    /** Episode specs from outcomes, the subsided ones interrupted every other time. */
    static List<EpisodeSpec> specs(List<Outcome> outcomes, long seed) {
        List<EpisodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            specs.add(new EpisodeSpec(o, o == Outcome.SUBSIDED && (seed + i) % 2 == 0));
        }
        return specs;
    }
}
