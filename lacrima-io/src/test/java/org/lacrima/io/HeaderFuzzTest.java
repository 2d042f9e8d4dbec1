package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real files from the shared data with the numbers in their headers replaced by seeded random
 * hostile values (negative, zero, huge, fractional, not numbers): each either reads within the
 * budget or is refused with one line that starts with the file's name and says what is wrong;
 * never another exception, a bare number or an {@link OutOfMemoryError} (issue 11, item 2).
 */
class HeaderFuzzTest {
    private static final int MUTANTS_PER_FILE = 60;
    /** Small enough that the declared sizes matter, large enough that the real files read. */
    private static final ReadBudget BUDGET = new ReadBudget(96L << 20);
    private static final String[] HOSTILE = {"-1", "0", "-0", "1", "2", "-2147483648", "2147483647", "2147483648",
        "99999999", "9999999", "-9999999", "1e308", "1e-300", "0.0000001", "100000", "NaN", "Infinity", "x", "",
        "0.5", "3.5", "65536", "-32768", "32767", "8388608", "4294967296"};

    @TempDir
    Path dir;

    static Stream<Arguments> mutants() {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of("edf-samples/pyedflib_test_generator.edf", "edf-samples/pyedflib_test_generator.bdf",
                "edf-samples/wfdb_test_edfann.edf", "mitdb/100.hea", "noneeg/Subject1_AccTempEDA.hea")) {
            IntStream.range(0, MUTANTS_PER_FILE).forEach(seed -> out.add(Arguments.of(file, seed)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("mutants")
    void aMutatedHeaderReadsWithinBudgetOrIsRefusedInOneLine(String name, int seed) throws IOException {
        Random random = new Random(seed * 31L + name.hashCode());
        Path source = TestData.file(name);
        Path mutant = name.endsWith(".hea") ? mutateWfdb(source, random) : mutateEdf(source, random);

        Throwable t = catchThrowable(() -> RecordingReaders.read(mutant, ReadOptions.defaults().withBudget(BUDGET)));

        if (t != null) {
            assertThat(t).as("%s", t).isInstanceOf(RecordingFormatException.class);
            assertThat(t.getMessage()).startsWith(mutant.getFileName() + ": ").doesNotContain("\n")
                    .doesNotContainIgnoringCase("exception").doesNotMatch("[^:]*: *-?\\d+")
                    .doesNotEndWith(": / by zero").doesNotEndWith(": null");
        }
    }

    /** Replaces one to four numeric header fields of an EDF/BDF copy. */
    private Path mutateEdf(Path source, Random random) throws IOException {
        byte[] b = Files.readAllBytes(source);
        int ns = Integer.parseInt(new String(b, 252, 4, StandardCharsets.US_ASCII).trim());
        // [offset, width] of the numeric fields: header bytes, records, duration, signals; then per signal
        List<int[]> fields = new ArrayList<>(List.of(new int[] {184, 8}, new int[] {236, 8}, new int[] {244, 8},
                new int[] {252, 4}));
        int base = 256 + ns * (16 + 80 + 8);
        for (int block = 0; block < 4; block++) {
            for (int i = 0; i < ns; i++) {
                fields.add(new int[] {base + block * 8 * ns + i * 8, 8});
            }
        }
        int spr = 256 + ns * (16 + 80 + 8 + 4 * 8 + 80);
        for (int i = 0; i < ns; i++) {
            fields.add(new int[] {spr + i * 8, 8});
        }
        for (int m = 1 + random.nextInt(4); m > 0; m--) {
            int[] f = fields.get(random.nextInt(fields.size()));
            byte[] value = pad(HOSTILE[random.nextInt(HOSTILE.length)], f[1]);
            System.arraycopy(value, 0, b, f[0], f[1]);
        }
        String ext = source.getFileName().toString().substring(source.getFileName().toString().lastIndexOf('.'));
        return Files.write(dir.resolve("mutant" + ext), b);
    }

    /** Replaces one to four whitespace-separated numbers of a WFDB header, its signal files copied beside it. */
    private Path mutateWfdb(Path source, Random random) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.ISO_8859_1));
        for (Path dat : Files.list(source.getParent()).filter(p -> p.getFileName().toString().endsWith(".dat"))
                .filter(p -> p.getFileName().toString().startsWith(stem(source))).toList()) {
            Files.copy(dat, dir.resolve(dat.getFileName()));
        }
        for (int m = 1 + random.nextInt(4); m > 0; m--) {
            int li = random.nextInt(lines.size());
            if (lines.get(li).startsWith("#")) {
                continue;
            }
            String[] tokens = lines.get(li).split(" ");
            int ti = random.nextInt(tokens.length);
            if (li > 0 && ti == 0) {
                continue; // the signal file name is the confinement test's business
            }
            String hostile = HOSTILE[random.nextInt(HOSTILE.length)];
            // keep the format's decorations (212x2:3+4) sometimes, so the numbers inside are reached
            tokens[ti] = random.nextBoolean() ? hostile : tokens[ti].replaceFirst("\\d+(\\.\\d+)?", hostile);
            lines.set(li, String.join(" ", tokens));
        }
        return Files.writeString(dir.resolve(source.getFileName()), String.join("\n", lines) + "\n",
                StandardCharsets.ISO_8859_1);
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private static byte[] pad(String s, int width) {
        String v = s.length() > width ? s.substring(0, width) : s;
        return String.format("%-" + width + "s", v).getBytes(StandardCharsets.US_ASCII);
    }
}
