/**
 * Small, local signal-processing building blocks shared by the EDA and respiration stages.
 *
 * <p>Every operation here has bounded support (a sample of the output depends only on input within
 * a fixed number of samples around it) and runs in O(n) regardless of window length. Bounded support
 * is what lets the live view process a growing signal in chunks and get the same result as the file
 * analysis away from the growing edge; O(n) keeps an hour of 32 Hz EDA well inside its 20 ms budget.
 */
package org.lacrima.core.signal;
