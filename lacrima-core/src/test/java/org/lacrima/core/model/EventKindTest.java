package org.lacrima.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventKindTest {

    /** Labels written before events had kinds keep meaning what they meant: the prefix names the kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "intervention: breathing exercise|INTERVENTION",
            "Intervention:calming|INTERVENTION",
            "tears|TEARS",
            "tears: first time today|TEARS",
            "topic: mother|NOTE",
            "note: asked for a pause|NOTE",
            "calming intervention|MARKER",
            "PhysicalStress|MARKER",
            "10:30 stage 2|MARKER"})
    void kindOfAnOldLabel(String label, EventKind kind) {
        assertThat(EventKind.ofLabel(label)).isEqualTo(kind);
        assertThat(new Event(1, 0, label).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"intervention,INTERVENTION", "TEARS,TEARS", " marker ,MARKER", "note,NOTE", "topic,NOTE"})
    void parsesNamesAndTheOldTopic(String name, EventKind kind) {
        assertThat(EventKind.parse(name)).contains(kind);
        assertThat(EventKind.parse(kind.jsonName())).contains(kind);
    }
}
