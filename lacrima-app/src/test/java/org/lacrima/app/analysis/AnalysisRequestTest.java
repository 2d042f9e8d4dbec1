package org.lacrima.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.model.Event;
import org.lacrima.io.ReadOptions;

/** {@link AnalysisRequest#withOptions}: the session page reads a stored recording again with markers, as it was read. */
class AnalysisRequestTest {

    @Test
    void otherOptionsKeepTheFileTheEventsFileAndTheEventsMarkedInTheApp() {
        List<Event> marked = List.of(Event.at(120, "intervention: calming"), Event.at(300, "tears"));
        AnalysisRequest stored = new AnalysisRequest(Path.of("session.edf"), Optional.of(Path.of("events.csv")),
                ReadOptions.defaults(), AnalysisOptions.defaults(), marked);

        AnalysisRequest withMarkers = stored.withOptions(stored.options().withMarkers(true));

        assertThat(withMarkers.options()).isEqualTo(AnalysisOptions.defaults().withMarkers(true));
        assertThat(withMarkers.options()).isNotEqualTo(stored.options());
        assertThat(withMarkers.recording()).isEqualTo(stored.recording());
        assertThat(withMarkers.eventsFile()).isEqualTo(stored.eventsFile());
        assertThat(withMarkers.readOptions()).isEqualTo(stored.readOptions());
        assertThat(withMarkers.events()).isEqualTo(marked);
    }
}
