package org.lacrima.io.e4;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lacrima.core.model.ChannelType;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.RecordingFormatException;

/**
 * One E4 file read on its own: named alone, outside an export, or saved under another name
 * ({@code EDA copia.txt}). Which signal it holds comes from its name (an E4 name, else the words of
 * the name as for channel labels), else from its shape (three columns are ACC, 64 Hz is BVP).
 */
final class E4SingleFile {
    private static final long MAX_BYTES = 256L << 20;

    private E4SingleFile() {
    }

    /** The export member name ({@code EDA.CSV}, ...) the file stands for. */
    static String memberName(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (E4Files.isE4Name(name)) {
            return name.toUpperCase(Locale.ROOT);
        }
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (stem.strip().toUpperCase(Locale.ROOT).startsWith("IBI")) {
            return "IBI.CSV";
        }
        ChannelType t = ChannelTyping.fromLabel(stem);
        String byName = switch (t) {
            case EDA -> "EDA.CSV";
            case PPG -> "BVP.CSV";
            case HR -> "HR.CSV";
            case TEMP -> "TEMP.CSV";
            case ACC -> "ACC.CSV";
            case RR -> "IBI.CSV";
            default -> null;
        };
        if (byName != null) {
            return byName;
        }
        String head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        }
        String[] lines = head.split("\r?\n");
        if (lines.length > 1 && lines[0].split(",").length == 3) {
            return "ACC.CSV";
        }
        if (lines.length > 1 && lines[1].strip().matches("64(\\.0*)?")) {
            return "BVP.CSV";
        }
        throw new RecordingFormatException(file, "an E4 file, but its name does not say which signal it holds "
                + "(name it EDA.csv, BVP.csv, HR.csv, TEMP.csv, ACC.csv or IBI.csv)");
    }

    /** The file's text, refused when it exceeds what {@code budget} allows. */
    static String text(Path file, ReadBudget budget) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new RecordingFormatException(file, "too large for an E4 file (" + size + " bytes)");
        }
        budget.checkText(file, "the E4 file holds", size);
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }
}
