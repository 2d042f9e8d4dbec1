package org.lacrima.core.analysis;

/**
 * One signal stage of the analysis (heart, EDA, respiration): turns the raw channels of a
 * {@link StageContext} into indices on the analysis grid, the markers found in the block, and
 * warnings. The pipeline ({@link IndexExtractor}) is a loop over the registered stages, called once
 * per block of grid points: once for a file, every few seconds for a live session. A stage instance
 * lives as long as its analysis, so it may keep state from one block to the next.
 */
interface Stage {
    /**
     * Seconds of signal after a block that the stage needs before its values in the block are final
     * (its filters' and windows' reach into the future); the pipeline waits that long before a block.
     */
    double lookAheadSec();

    /** Processes the context's window and writes the stage's indices and markers for the block. */
    void process(StageContext context);
}
