package org.lacrima.io;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.Recording;

/**
 * What a reader delivers: the recording and the problems it worked around. A warning means the
 * file was still usable (e.g. a truncated last data record was dropped); each is one line.
 *
 * @param recording the recording as read
 * @param warnings  one-line descriptions of what was repaired or ignored, empty if the file was clean
 */
public record ReadResult(Recording recording, List<String> warnings) {
    public ReadResult {
        Objects.requireNonNull(recording, "recording");
        warnings = List.copyOf(warnings);
    }

    /** A result without warnings. */
    public static ReadResult clean(Recording recording) {
        return new ReadResult(recording, List.of());
    }
}
