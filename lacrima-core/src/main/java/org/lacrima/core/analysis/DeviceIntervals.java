package org.lacrima.core.analysis;

import java.util.Locale;

import org.lacrima.core.hrv.BeatCountRepair;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/** Beats as a device reports them: an RR list (chest strap) or IBI export, in seconds or milliseconds. */
final class DeviceIntervals implements BeatSource {
    @Override
    public ChannelType type() {
        return ChannelType.RR;
    }

    @Override
    public RrSeries normalIntervals(StageContext context) {
        Channel rr = context.anyChannel(ChannelType.RR);
        if (rr == null || rr.length() <= 1 || rr.isRegular()) {
            return null;
        }
        double toMs = rr.unit().toLowerCase(Locale.ROOT).startsWith("ms") ? 1 : 1000;
        double[] ms = rr.values().toArray();
        for (int i = 0; i < ms.length; i++) {
            ms[i] *= toMs;
        }
        // short runs two artefacts left (an ectopic beat whose pause the strap split) first, by the sinus beats they span
        RrSeries intervals = RrSeries.fromIntervals(rr.timesSec(), Samples.wrap(ms));
        return RrCorrector.correct(BeatCountRepair.repair(intervals)).nn();
    }
}
