package org.lacrima.core.eda;

/**
 * One skin conductance response.
 *
 * @param onsetSec                 start of the rise, seconds from the recording start
 * @param peakSec                  the response maximum, seconds from the recording start
 * @param amplitudeMicrosiemens    peak minus onset level of the phasic component, in microsiemens
 * @param riseTimeSec              peak minus onset, seconds
 * @param halfRecoverySec          seconds from the peak until half the amplitude has recovered ({@code NaN} if it never did)
 */
public record Scr(double onsetSec, double peakSec, double amplitudeMicrosiemens, double riseTimeSec,
                  double halfRecoverySec) {
}
