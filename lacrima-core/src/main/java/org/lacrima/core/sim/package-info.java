/**
 * The session simulator: a physiological model of a therapy session driven by latent sympathetic
 * arousal and vagal tone, with scripted episodes (resolved, sustained, subsided) and their ground
 * truth. Entry point: {@link org.lacrima.core.sim.SessionSimulator#simulate(SimulationConfig)}.
 * Besides the classic episodes it draws widened ones and spells of bouts
 * ({@link org.lacrima.core.sim.EpisodeVariety}, {@link org.lacrima.core.sim.EpisodeSpec#spell()}),
 * everyday confounders ({@link org.lacrima.core.sim.ConfounderKind}) and wearable devices' channels
 * ({@link org.lacrima.core.sim.DevicePreset}).
 */
package org.lacrima.core.sim;
