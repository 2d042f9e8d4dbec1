package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.app.testsupport.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Web Bluetooth parsers in the real Chromium, on byte sequences built from the specifications:
 * the Heart Rate Measurement (0x2A37) in every one of its 32 flag combinations, the Polar PMD control
 * point commands and responses, ECG data frames and accelerometer frames (plain and delta-compressed); and the
 * page's chunk buffer that resends after a reconnect.
 */
class BleParsersBrowserTest {
    @TempDir
    static Path dir;
    private static ClinicServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(dir.resolve("data"), null, 1L << 20);
        browser = HeadlessChromium.start();
        browser.get("http://127.0.0.1:" + server.port() + "/index.html");
        browser.executeAsyncScript("const done = arguments[0]; const load = (src) => new Promise(r => {"
                + " const s = document.createElement('script'); s.src = src; s.onload = r; document.head.append(s); });"
                + " load('/js/ble-parsers.js').then(() => load('/js/ble-sources.js')).then(() => done());");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    static IntStream flagCombinations() {
        return IntStream.range(0, 32);
    }

    @ParameterizedTest
    @MethodSource("flagCombinations")
    @SuppressWarnings("unchecked")
    void everyHeartRateMeasurementFlagCombinationIsRead(int flags) {
        Random random = new Random(flags);
        int hr = (flags & 1) != 0 ? 256 + random.nextInt(60000) : random.nextInt(256);
        int energy = random.nextInt(65536);
        List<Integer> rr = new ArrayList<>();
        int count = (flags & 0x10) != 0 ? random.nextInt(5) : 0; // zero RR values is allowed too
        for (int i = 0; i < count; i++) {
            rr.add(300 + random.nextInt(1500));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(flags);
        b.write(hr & 0xFF);
        if ((flags & 1) != 0) {
            b.write(hr >> 8);
        }
        if ((flags & 8) != 0) {
            b.write(energy & 0xFF);
            b.write(energy >> 8);
        }
        rr.forEach(v -> {
            b.write(v & 0xFF);
            b.write(v >> 8);
        });
        Map<String, Object> m = (Map<String, Object>) browser.executeScript(
                "return BleParsers.heartRateMeasurement(new Uint8Array(arguments[0]));", toList(b.toByteArray()));
        assertThat(((Number) m.get("heartRate")).intValue()).isEqualTo(hr);
        assertThat(m.get("contactDetected")).isEqualTo((flags & 2) != 0);
        assertThat(m.get("contactSupported")).isEqualTo((flags & 4) != 0);
        assertThat(m.get("energyKj") == null ? null : ((Number) m.get("energyKj")).intValue())
                .isEqualTo((flags & 8) != 0 ? energy : null);
        List<Number> rrSec = (List<Number>) m.get("rrSec");
        assertThat(rrSec).hasSameSizeAs(rr);
        for (int i = 0; i < rr.size(); i++) {
            assertThat(rrSec.get(i).doubleValue()).isEqualTo(rr.get(i) / 1024.0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void specExamplesAndBrokenMeasurements() {
        // flags 0x16: uint8 HR, contact supported and detected, RR present; 72 bpm; RR 1024 and 819 (1/1024 s)
        Map<String, Object> m = (Map<String, Object>) browser.executeScript(
                "return BleParsers.heartRateMeasurement(new Uint8Array([0x16, 0x48, 0x00, 0x04, 0x33, 0x03]));");
        assertThat(((Number) m.get("heartRate")).intValue()).isEqualTo(72);
        assertThat((List<Number>) m.get("rrSec")).extracting(Number::doubleValue).containsExactly(1.0, 819 / 1024.0);
        assertThat(error("BleParsers.heartRateMeasurement(new Uint8Array([0x10, 0x48, 0x00]))"))
                .contains("odd byte");
        assertThat(error("BleParsers.heartRateMeasurement(new Uint8Array([0x09, 0x48, 0x00, 0x10]))"))
                .contains("energy expended");
        assertThat(error("BleParsers.heartRateMeasurement(new Uint8Array([0x00]))")).contains("shorter than 2 bytes");
    }

    @Test
    @SuppressWarnings("unchecked")
    void polarMeasurementDataCommandsResponsesAndEcgFrames() {
        assertThat((List<Number>) browser.executeScript("return Array.from(BleParsers.pmdStartEcg(130, 14));"))
                .extracting(Number::intValue).containsExactly(0x02, 0x00, 0x00, 0x01, 0x82, 0x00, 0x01, 0x01, 0x0E, 0x00);
        assertThat((List<Number>) browser.executeScript("return Array.from(BleParsers.pmdStop(0));"))
                .extracting(Number::intValue).containsExactly(0x03, 0x00);
        Map<String, Object> settings = (Map<String, Object>) browser.executeScript("return BleParsers.pmdControlResponse("
                + "new Uint8Array([0xF0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01, 0x82, 0x00, 0x01, 0x01, 0x0E, 0x00]));");
        assertThat(settings.get("ok")).isEqualTo(true);
        assertThat((List<Number>) settings.get("sampleRates")).extracting(Number::intValue).containsExactly(130);
        assertThat((List<Number>) settings.get("resolutions")).extracting(Number::intValue).containsExactly(14);
        Map<String, Object> refused = (Map<String, Object>) browser.executeScript(
                "return BleParsers.pmdControlResponse(new Uint8Array([0xF0, 0x02, 0x00, 0x06, 0x00]));");
        assertThat(refused.get("ok")).isEqualTo(false);

        // type ECG, timestamp 0x0123456789ABCDEF ns (LE), frame type 0, samples -1, 10000, -10000, 8388607 µV
        String frame = "new Uint8Array([0x00, 0xEF, 0xCD, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01, 0x00,"
                + " 0xFF, 0xFF, 0xFF, 0x10, 0x27, 0x00, 0xF0, 0xD8, 0xFF, 0xFF, 0xFF, 0x7F])";
        Map<String, Object> ecg = (Map<String, Object>) browser.executeScript("const f = BleParsers.pmdEcgFrame(" + frame
                + "); return { ts: f.timestampNs.toString(), uv: f.microvolts };");
        assertThat(ecg.get("ts")).isEqualTo(Long.toString(0x0123456789ABCDEFL));
        assertThat((List<Number>) ecg.get("uv")).extracting(Number::intValue).containsExactly(-1, 10000, -10000, 8388607);
        assertThat(error("BleParsers.pmdEcgFrame(new Uint8Array([0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 1, 2, 3]))"))
                .contains("compressed");
        assertThat(error("BleParsers.pmdEcgFrame(new Uint8Array([0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 1, 2]))"))
                .contains("3 bytes each");
        assertThat(error("BleParsers.pmdEcgFrame(new Uint8Array([0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]))"))
                .contains("not ECG");
    }

    @Test
    @SuppressWarnings("unchecked")
    void polarAccelerometerCommandsAndErrors() {
        // type ACC; 50 Hz; resolution 16 bits; range 8 g
        assertThat((List<Number>) browser.executeScript("return Array.from(BleParsers.pmdStartAcc(50, 16, 8));"))
                .extracting(Number::intValue)
                .containsExactly(0x02, 0x02, 0x00, 0x01, 0x32, 0x00, 0x01, 0x01, 0x10, 0x00, 0x02, 0x01, 0x08, 0x00);
        // get-settings answer for ACC: rates 25 50 100 200, resolution 16, ranges 2 4 8
        Map<String, Object> settings = (Map<String, Object>) browser.executeScript("return BleParsers.pmdControlResponse("
                + "new Uint8Array([0xF0, 0x01, 0x02, 0x00, 0x00, 0x00, 0x04, 0x19, 0x00, 0x32, 0x00, 0x64, 0x00, 0xC8, 0x00,"
                + " 0x01, 0x01, 0x10, 0x00, 0x02, 0x03, 0x02, 0x00, 0x04, 0x00, 0x08, 0x00]));");
        assertThat((List<Number>) settings.get("sampleRates")).extracting(Number::intValue).containsExactly(25, 50, 100, 200);
        assertThat((List<Number>) settings.get("ranges")).extracting(Number::intValue).containsExactly(2, 4, 8);
        assertThat(((Number) browser.executeScript("return BleParsers.pmdFrameType(new Uint8Array([0x42, 0, 0, 0, 0, 0,"
                + " 0, 0, 0, 1]));")).intValue()).isEqualTo(2);
        assertThat(error("BleParsers.pmdAccFrame(new Uint8Array([0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 1, 2, 3, 4, 5, 6]))"))
                .contains("not ACC");
        assertThat(error("BleParsers.pmdAccFrame(new Uint8Array([0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 1, 2, 3, 4, 5]))"))
                .contains("6 bytes each");
        assertThat(error("BleParsers.pmdAccFrame(new Uint8Array([0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 1, 2, 3, 4, 5, 6,"
                + " 4, 9, 1]))")).contains("ends inside a block");
    }

    static IntStream accSeeds() {
        return IntStream.range(0, 12);
    }

    /**
     * Seeded random ACC frames, uncompressed (8-, 16- and 24-bit samples) and compressed (a 16-bit reference sample,
     * then blocks of bit-packed deltas of random widths, least significant bit first), read back sample for sample.
     */
    @ParameterizedTest
    @MethodSource("accSeeds")
    @SuppressWarnings("unchecked")
    void polarAccelerometerFramesReadBackSampleForSample(int seed) {
        Random random = new Random(seed);
        List<int[]> samples = new ArrayList<>();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x02);
        for (int k = 0; k < 8; k++) {
            b.write(random.nextInt(256));
        }
        boolean compressed = seed % 2 == 1;
        if (compressed) {
            b.write(0x80);
            int[] last = {random.nextInt(4000) - 2000, random.nextInt(4000) - 2000, 1000 + random.nextInt(100)};
            samples.add(last.clone());
            for (int axis : last) {
                littleEndian(b, axis, 2);
            }
            for (int block = 0, blocks = 1 + random.nextInt(3); block < blocks; block++) {
                int bits = 2 + random.nextInt(11);
                int count = 1 + random.nextInt(20);
                b.write(bits);
                b.write(count);
                BitWriter w = new BitWriter();
                for (int k = 0; k < count; k++) {
                    for (int a = 0; a < 3; a++) {
                        int delta = random.nextInt(1 << bits) - (1 << (bits - 1));
                        w.write(delta, bits);
                        last[a] += delta;
                    }
                    samples.add(last.clone());
                }
                b.writeBytes(w.bytes());
            }
        } else {
            int width = 1 + seed % 3;
            b.write(width - 1);
            for (int k = 0, n = 1 + random.nextInt(30); k < n; k++) {
                int[] sample = new int[3];
                for (int a = 0; a < 3; a++) {
                    sample[a] = random.nextInt(1 << (8 * width)) - (1 << (8 * width - 1));
                    littleEndian(b, sample[a], width);
                }
                samples.add(sample);
            }
        }
        Map<String, List<Number>> g = (Map<String, List<Number>>) browser.executeScript(
                "return BleParsers.pmdAccFrame(new Uint8Array(arguments[0])).milliG;", toList(b.toByteArray()));
        String[] axes = {"x", "y", "z"};
        for (int a = 0; a < 3; a++) {
            int axis = a;
            assertThat(g.get(axes[a])).extracting(Number::intValue).as(axes[a])
                    .containsExactlyElementsOf(samples.stream().map(s -> s[axis]).toList());
        }
    }

    private static void littleEndian(ByteArrayOutputStream b, int value, int bytes) {
        for (int k = 0; k < bytes; k++) {
            b.write((value >> (8 * k)) & 0xFF);
        }
    }

    /** Packs values of a given bit width, least significant bit first, into bytes (the last one padded). */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int bits) {
            for (int j = 0; j < bits; j++) {
                current |= ((value >> j) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStrapsChunksAreKeptUntilAcknowledgedAndResentFromTheServersNextSequence() {
        Map<String, Object> r = (Map<String, Object>) browser.executeAsyncScript("const done = arguments[0];"
                + "const sleep = (ms) => new Promise(ok => setTimeout(ok, ms));"
                + "const socket = { open: true, sent: [], listeners: [],"
                + "  send(o) { if (!this.open) return false; this.sent.push(typeof o === 'string' ? JSON.parse(o) : o); return true; } };"
                + "const tell = (m) => socket.listeners.forEach(l => l(m));"
                + "const channels = [{ label: 'ECG', type: 'ECG', unit: 'mV', rateHz: 130 }];"
                + "const out = BleSources.feed(socket, channels, 'chest');"
                + "(async () => {"
                + "  tell({ type: 'ready', nextSeq: 5, channels });"
                + "  out.regular('ECG', [1, 2]); await sleep(1300);"
                + "  socket.open = false; out.regular('ECG', [3]); await sleep(1100);"
                + "  const whileAway = out.unsent();"
                + "  socket.open = true; tell({ type: 'ready', nextSeq: 6, channels });"
                + "  const afterReady = out.unsent();"
                + "  tell({ type: 'ack', nextSeq: 7 });"
                + "  done({ sent: socket.sent, whileAway, afterReady, left: out.unsent() });"
                + "})();");
        List<Map<String, Object>> sent = (List<Map<String, Object>>) r.get("sent");
        assertThat(sent.get(0).get("type")).isEqualTo("hello");
        assertThat(sent.get(0).get("accelerometerSite")).isEqualTo("chest");
        List<Map<String, Object>> chunks = sent.stream().filter(m -> "chunk".equals(m.get("type"))).toList();
        assertThat(chunks).extracting(c -> ((Number) c.get("seq")).intValue()).containsExactly(5, 6);
        assertThat(((Map<String, List<Number>>) chunks.get(1).get("samples")).get("ECG"))
                .extracting(Number::intValue).containsExactly(3);
        assertThat(sent).filteredOn(m -> "hello".equals(m.get("type"))).hasSize(1);
        assertThat(((Number) r.get("whileAway")).intValue()).isEqualTo(2);
        assertThat(((Number) r.get("afterReady")).intValue()).isEqualTo(1);
        assertThat(((Number) r.get("left")).intValue()).isZero();
    }

    private static String error(String call) {
        return (String) browser.executeScript("try { " + call + "; return 'no error'; } catch (e) { return e.message; }");
    }

    private static List<Integer> toList(byte[] bytes) {
        List<Integer> out = new ArrayList<>();
        for (byte x : bytes) {
            out.add(x & 0xFF);
        }
        return out;
    }
}
