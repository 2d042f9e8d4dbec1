/**
 * Respiration: breath detection (inspiration onsets and peaks), breathing rate and depth over time,
 * and an irregularity index that rises with sobbing-like breathing, on a 4 Hz grid.
 *
 * <p>Entry point: {@link org.lacrima.core.rsp.RespirationAnalyzer}. The signal is assumed to rise
 * during inspiration (belt stretch, thoracic impedance); depth is in the channel's unit, which is
 * arbitrary for most belts, so compare depths within one recording only.
 */
package org.lacrima.core.rsp;
