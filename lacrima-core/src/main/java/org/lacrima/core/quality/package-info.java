/**
 * Signal-quality masks: which stretches of a channel can be trusted, and why the others cannot.
 *
 * <p>A {@link org.lacrima.core.quality.QualityMask} is a list of bad intervals, each with its
 * {@link org.lacrima.core.quality.QualityIssue} and time span in seconds from the recording start.
 * Every index computed from a channel carries its mask: values inside a bad interval are
 * {@code NaN} (a gap, not a guess) and the interval is reported as a warning.
 */
package org.lacrima.core.quality;
