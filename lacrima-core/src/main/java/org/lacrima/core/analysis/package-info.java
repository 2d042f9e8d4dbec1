/**
 * The whole analysis of one session: from a {@link org.lacrima.core.model.Recording} to indices,
 * episodes and the evidence behind them. Live and file analysis share this code.
 */
package org.lacrima.core.analysis;
