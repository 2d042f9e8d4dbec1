/**
 * Electrodermal activity: low-pass, tonic/phasic decomposition, skin conductance responses (SCRs),
 * and the time-resolved skin conductance level (SCL) and SCR rate and amplitude on a 4 Hz grid.
 *
 * <p>Entry point: {@link org.lacrima.core.eda.EdaAnalyzer}. Amplitudes are in the channel's unit,
 * microsiemens (µS) for every device that states one; times are seconds from the recording start.
 */
package org.lacrima.core.eda;
