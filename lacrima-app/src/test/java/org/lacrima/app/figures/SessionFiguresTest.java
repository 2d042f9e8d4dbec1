package org.lacrima.app.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.report.HandmadeSession;
import org.lacrima.core.analysis.SessionAnalysis;

class SessionFiguresTest {
    /** The phase colours as they appear over the white plot background. */
    static final Color BUILD_UP_ON_WHITE = new Color(249, 235, 195);
    static final Color RESOLVED_ON_WHITE = new Color(206, 234, 226);
    static final Color SUBSIDED_ON_WHITE = new Color(225, 224, 239);

    @TempDir
    Path dir;

    @Test
    void writesTheSessionAndOneFigurePerEpisodeWithItsOwnPhasesShaded() throws Exception {
        SessionAnalysis analysis = HandmadeSession.analysis(HandmadeSession.recording(1));

        List<Path> files = SessionFigures.write(analysis, dir, "handmade");

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("handmade-session.png", "handmade-episode-1.png", "handmade-episode-2.png");
        BufferedImage session = ImageIO.read(files.get(0).toFile());
        assertThat(session.getWidth()).isEqualTo(1400);
        assertThat(pixelsNear(session, BUILD_UP_ON_WHITE)).isGreaterThan(5_000);
        assertThat(pixelsNear(session, RESOLVED_ON_WHITE)).isGreaterThan(5_000);
        assertThat(pixelsNear(session, SUBSIDED_ON_WHITE)).isGreaterThan(5_000);
        // episode 1 resolved, episode 2 subsided: each figure shades only its own episode
        BufferedImage first = ImageIO.read(files.get(1).toFile());
        BufferedImage second = ImageIO.read(files.get(2).toFile());
        assertThat(pixelsNear(first, RESOLVED_ON_WHITE)).isGreaterThan(5_000);
        assertThat(pixelsNear(first, SUBSIDED_ON_WHITE)).isZero();
        assertThat(pixelsNear(second, SUBSIDED_ON_WHITE)).isGreaterThan(5_000);
        assertThat(pixelsNear(second, RESOLVED_ON_WHITE)).isZero();
    }

    private static long pixelsNear(BufferedImage image, Color target) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - target.getRed()) <= 3 && Math.abs(c.getGreen() - target.getGreen()) <= 3
                        && Math.abs(c.getBlue() - target.getBlue()) <= 3) {
                    count++;
                }
            }
        }
        return count;
    }
}
