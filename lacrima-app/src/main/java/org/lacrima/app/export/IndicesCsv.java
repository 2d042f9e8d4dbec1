package org.lacrima.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * The derived indices and the S/P axes as one table on the analysis grid (4 Hz): a {@code timeSec}
 * column (seconds from the recording start), then one column per index named {@code name_unit},
 * e.g. {@code hr_bpm}, {@code rsa_ms}, {@code scl_uS}, {@code S_z}. Empty cells are stretches the
 * analysis could not assess (bad signal quality, missing channel).
 */
public final class IndicesCsv {

    private IndicesCsv() {
    }

    /** Writes the indices of {@code analysis} to {@code target}. */
    public static void write(Path target, SessionAnalysis analysis) throws IOException {
        List<RegularSeries> indices = analysis.indices();
        AtomicOutput.writeText(target, out -> {
            CsvRows csv = new CsvRows(out);
            csv.row(header(indices));
            RegularSeries grid = GridAlignment.referenceGrid(indices).orElse(null);
            if (grid == null) {
                return;
            }
            List<double[]> columns = indices.stream().map(s -> GridAlignment.valuesOn(grid, s)).toList();
            List<Object> row = new ArrayList<>(indices.size() + 1);
            for (int i = 0; i < grid.length(); i++) {
                row.clear();
                row.add(grid.timeOfSec(i));
                for (double[] column : columns) {
                    row.add(column[i]);
                }
                csv.row(row);
            }
        });
    }

    /** The header: {@code timeSec} then one {@code name_unit} per index. */
    public static List<String> header(List<RegularSeries> indices) {
        List<String> header = new ArrayList<>();
        header.add("timeSec");
        for (RegularSeries s : indices) {
            String unit = unitSuffix(s.unit());
            header.add(unit.isEmpty() ? s.name() : s.name() + "_" + unit);
        }
        return header;
    }

    /** A unit made safe for a column name in R, SPSS and pandas: "µS" → "uS", "1/min" → "per_min", "1" → none. */
    static String unitSuffix(String unit) {
        if (unit.trim().equals("1")) {
            return ""; // dimensionless
        }
        String u = unit.trim().replace("µ", "u").replace("μ", "u").replace("%", "pct");
        if (u.startsWith("1/")) {
            u = "per_" + u.substring(2);
        }
        u = u.replace("/", "_per_");
        return u.replaceAll("[^A-Za-z0-9_]", "");
    }
}
