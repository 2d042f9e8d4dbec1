package org.lacrima.validation.episode;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.model.RegularSeries;

@EnabledIfSystemProperty(named = "scratch.trace", matches = ".+")
class ScratchTraceTest {
    @Test
    void trace() throws Exception {
        String[] wanted = System.getProperty("scratch.trace").split(";");
        List<WidenedSuite.Case> cases = WidenedSuite.cases(26, 4, 8).stream()
                .filter(c -> java.util.Arrays.stream(wanted).anyMatch(w -> c.name().endsWith(w.split("=")[0]))).toList();
        for (WidenedSuite.Result r : WidenedSuite.runAll(cases)) {
            String file = "/tmp/s15/trace-" + r.sessionCase().name().replaceAll("[^A-Za-z0-9]+", "_") + ".csv";
            List<RegularSeries> idx = r.analysis().indices();
            try (PrintWriter out = new PrintWriter(file)) {
                out.print("t");
                for (RegularSeries s : idx) out.print("," + s.name());
                out.println();
                RegularSeries s0 = idx.get(0);
                for (int i = 0; i < s0.length(); i++) {
                    out.print(String.format(Locale.ROOT, "%.2f", s0.timeOfSec(i)));
                    for (RegularSeries s : idx) out.print("," + (i < s.length() ? String.format(Locale.ROOT, "%.3f", s.values().get(i)) : ""));
                    out.println();
                }
            }
            System.out.println("TRACE " + file + " episodes " + r.analysis().episodes());
        }
    }
}
