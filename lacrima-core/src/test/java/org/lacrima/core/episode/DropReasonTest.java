package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DropReason}'s names: each reads back from its JSON name and its constant name; a later one is named, not guessed. */
class DropReasonTest {

    @ParameterizedTest
    @EnumSource(DropReason.class)
    void everyReasonReadsBackFromItsJsonAndConstantName(DropReason reason) {
        assertThat(DropReason.ofJsonName(reason.jsonName())).contains(reason);
        assertThat(DropReason.ofJsonName(reason.name())).contains(reason);
        assertThat(DropReason.fromName(" " + reason.jsonName().toUpperCase(Locale.ROOT) + " ")).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"some-later-check", "", "fell back", "reflex-top-2"})
    void aNameNoReasonHasIsEmptyOrRefusedByName(String name) {
        assertThat(DropReason.ofJsonName(name)).isEmpty();
        assertThatThrownBy(() -> DropReason.fromName(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown drop reason \"" + name + "\"");
    }
}
