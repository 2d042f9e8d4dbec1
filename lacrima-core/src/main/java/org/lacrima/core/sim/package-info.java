/**
 * The session simulator: a physiological model of a therapy session driven by latent sympathetic
 * arousal and vagal tone, with scripted episodes (resolved, sustained, subsided) and their ground
 * truth. Entry point: {@link org.lacrima.core.sim.SessionSimulator#simulate(SimulationConfig)}.
 */
package org.lacrima.core.sim;
