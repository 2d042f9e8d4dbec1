package org.lacrima.validation.episode;

import org.lacrima.core.analysis.AxesProbe;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;

/**
 * One case of the widened suite as the diagnostic probes see it: simulated, analysed with its axes kept, and its
 * bouts matched to the detections.
 */
record ProbedSession(SimulatedSession session, AxesProbe.Probe probe, BoutScore score) {
    static ProbedSession of(WidenedSuite.Case c) {
        SimulatedSession session = SessionSimulator.simulate(c.config());
        AxesProbe.Probe probe = AxesProbe.analyze(session.recording());
        BoutScore score = new BoutScore();
        score.add(session.truth().episodes(), probe.analysis().episodes(), session.truth().confounders(),
                c.config().durationSec());
        return new ProbedSession(session, probe, score);
    }
}
