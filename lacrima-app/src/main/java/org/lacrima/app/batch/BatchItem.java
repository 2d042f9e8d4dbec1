package org.lacrima.app.batch;

import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * The outcome of one input of a batch.
 *
 * @param input    the file or folder given or found
 * @param name     its unique name in the batch (stem of its output files)
 * @param analysis the analysis, empty if it failed
 * @param error    one-line reason it failed, empty if it succeeded
 */
public record BatchItem(Path input, String name, Optional<SessionAnalysis> analysis, Optional<String> error) {

    static BatchItem succeeded(Path input, String name, SessionAnalysis analysis) {
        return new BatchItem(input, name, Optional.of(analysis), Optional.empty());
    }

    static BatchItem failed(Path input, String name, String error) {
        return new BatchItem(input, name, Optional.empty(), Optional.of(error));
    }

    /** Whether the recording was read and analysed. */
    public boolean ok() {
        return analysis.isPresent();
    }
}
