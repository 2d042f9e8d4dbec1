package org.lacrima.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingFinderTest {
    static final Path DATA = Path.of(System.getProperty("lacrima.data.dir", "../../shared/data"));

    @Test
    void findsEachRecordingOfTheSharedDataOnceAndSkipsTheirParts() throws Exception {
        List<RecordingFinder.Candidate> found = RecordingFinder.find(List.of(DATA));
        List<String> names = found.stream().map(RecordingFinder.Candidate::name).toList();

        assertThat(names).contains("mitdb_100", "mitdb_208", "svdb_800", "drivedb_drive05", "noneeg_Subject1_AccTempEDA",
                "noneeg_Subject2_SpO2HR", "edf-samples_mne_test", "neurokit_bio_resting_5min_100hz",
                "polar-h10_ethan_Harness_60_RR_1", "wesad-e4_S2_S2_E4_Data", "wesad-e4_S4_S4_E4_Data");
        assertThat(names).doesNotHaveDuplicates();
        assertThat(found).extracting(c -> c.input().getFileName().toString())
                .noneMatch(n -> n.endsWith(".dat") || n.endsWith(".atr") || n.endsWith(".qrs") || n.endsWith(".md")
                        || n.endsWith(".pdf") || n.equals("SHA256SUMS.txt") || n.equals("RECORDS") || n.contains("readme")
                        || n.equals("EDA.csv"));
        assertThat(found).filteredOn(c -> c.name().startsWith("wesad-e4_S2_S2_E4")).singleElement()
                .satisfies(c -> assertThat(Files.isDirectory(c.input())).isTrue());
    }

    @Test
    void skipsEventsSidecarsAndKeepsExplicitFilesAsGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("session.csv"), "time,ECG\n0,1\n");
        Files.writeString(dir.resolve("session_events.csv"), "onset,label\n1,calm\n");
        Files.writeString(dir.resolve("events.csv"), "onset,label\n1,calm\n");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/session.csv"), "time,ECG\n0,1\n");

        List<RecordingFinder.Candidate> found = RecordingFinder.find(List.of(dir, dir.resolve("events.csv")));

        assertThat(found).extracting(RecordingFinder.Candidate::name)
                .containsExactly("session", "sub_session", "events");
        assertThat(found.get(0).events()).contains(dir.resolve("session_events.csv").toAbsolutePath());
        assertThat(found.get(1).events()).isEmpty();
    }

    @Test
    void aPolarSessionFolderIsOneRecordingWithTheEventsInside(@TempDir Path dir) throws Exception {
        Path session = Files.createDirectories(dir.resolve("client7/session3"));
        Files.writeString(session.resolve("Polar_H10_A1_RR.txt"), "Phone timestamp;RR-interval [ms]\n"
                + "2026-12-03T10:00:01.000;800\n2026-12-03T10:00:01.800;800\n");
        Files.writeString(session.resolve("Polar_H10_A1_ACC.txt"), "Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];"
                + "Z [mg]\n2026-12-03T10:00:00.000;0;0;0;1000\n2026-12-03T10:00:00.020;20000000;0;0;1000\n");
        Files.writeString(session.resolve("events.csv"), "onset,label\n1,calm\n");
        // one stream alone stays a file of its own
        Files.writeString(dir.resolve("client7/rr-only.txt"), "Phone timestamp;RR-interval [ms]\n"
                + "2026-12-03T11:00:01.000;800\n");

        List<RecordingFinder.Candidate> found = RecordingFinder.find(List.of(dir));

        assertThat(found).extracting(RecordingFinder.Candidate::name).containsExactly("client7_rr-only", "client7_session3");
        assertThat(found.get(1).input()).isEqualTo(session);
        assertThat(found.get(1).events()).contains(session.resolve("events.csv"));
        assertThat(RecordingFinder.find(List.of(session))).singleElement()
                .satisfies(c -> assertThat(c.input()).isEqualTo(session));
    }

    @Test
    void aSharedEventsFileBelongsToTheOnlyRecordingBesideIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two"));
        Files.writeString(dir.resolve("one/session.edf"), "");
        Files.writeString(dir.resolve("one/events.csv"), "onset,label\n1,calm\n");
        Files.writeString(dir.resolve("two/a.edf"), "");
        Files.writeString(dir.resolve("two/b.edf"), "");
        Files.writeString(dir.resolve("two/events.csv"), "onset,label\n1,calm\n");

        List<RecordingFinder.Candidate> found = RecordingFinder.find(List.of(dir));

        assertThat(found).extracting(RecordingFinder.Candidate::name).containsExactly("one_session", "two_a", "two_b");
        assertThat(found.get(0).events()).contains(dir.resolve("one/events.csv").toAbsolutePath());
        assertThat(found.get(1).events()).isEmpty();
        assertThat(found.get(2).events()).isEmpty();
    }

    @Test
    void namesStayUniqueWhenTwoInputsShareAFileName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.edf"), "");
        Files.writeString(dir.resolve("b/x.edf"), "");

        List<RecordingFinder.Candidate> found = RecordingFinder.find(List.of(dir.resolve("a/x.edf"), dir.resolve("b/x.edf")));

        assertThat(found).extracting(RecordingFinder.Candidate::name).containsExactly("x", "x-2");
        Files.writeString(dir.resolve("a/x.bdf"), "");
        assertThat(RecordingFinder.find(List.of(dir.resolve("a"))))
                .extracting(RecordingFinder.Candidate::name).containsExactly("x", "x_edf");
    }
}
