package org.lacrima.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.app.report.HandmadeSession;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;

class IndicesCsvTest {
    @TempDir
    Path dir;

    /** Every value of every index reads back from its column and row; gaps read back as empty cells. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyIndexValueReadsBackFromItsColumn(long seed) throws Exception {
        Random random = new Random(seed);
        int n = 50 + random.nextInt(400);
        double[] hr = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            hr[i] = random.nextDouble() < 0.1 ? Double.NaN : 50 + 60 * random.nextDouble();
            s[i] = random.nextGaussian();
        }
        // one index on a coarser grid: it is sampled at the nearest time, empty past its end
        double[] coarse = new double[n / 4];
        for (int i = 0; i < coarse.length; i++) {
            coarse[i] = random.nextDouble();
        }
        List<RegularSeries> indices = List.of(new RegularSeries("hr", "bpm", 0, 4, Samples.wrap(hr)),
                new RegularSeries("S", "z", 0, 4, Samples.wrap(s)),
                new RegularSeries("breathingRate", "1/min", 0, 1, Samples.wrap(coarse)));
        SessionAnalysis analysis = new SessionAnalysis(RecordingMetadata.of("x"), n / 4.0, List.of(), List.of(),
                new Baseline(0, 10, true), List.of(), indices, Markers.none(), List.of());
        Path csv = dir.resolve("indices.csv");

        IndicesCsv.write(csv, analysis);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("timeSec,hr_bpm,S_z,breathingRate_per_min");
        assertThat(lines).hasSize(n + 1);
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(Double.parseDouble(cells[0])).isEqualTo(i / 4.0);
            assertThat(cells[1]).isEqualTo(Double.isNaN(hr[i]) ? "" : CsvRows.number(hr[i]));
            assertThat(Double.parseDouble(cells[2])).isEqualTo(s[i]);
            long nearest = Math.round(i / 4.0);
            assertThat(cells[3]).isEqualTo(nearest < coarse.length ? CsvRows.number(coarse[(int) nearest]) : "");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"µS:uS", "1/min:per_min", "breaths/min:breaths_per_min", "%:pct", ":", "1:", "ln(ms^2):lnms2"})
    void unitsBecomeSafeColumnSuffixes(String unitAndSuffix) {
        String[] parts = unitAndSuffix.split(":", -1);
        assertThat(IndicesCsv.unitSuffix(parts[0])).isEqualTo(parts[1]);
    }

    @org.junit.jupiter.api.Test
    void handmadeSessionHasOneColumnPerIndex() throws Exception {
        SessionAnalysis analysis = HandmadeSession.analysis(HandmadeSession.recording(1));
        Path csv = dir.resolve("i.csv");
        IndicesCsv.write(csv, analysis);
        assertThat(Files.readAllLines(csv).get(0).split(",")).hasSize(analysis.indices().size() + 1);
    }
}
