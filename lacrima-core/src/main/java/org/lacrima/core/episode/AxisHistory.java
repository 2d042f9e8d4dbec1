package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.grid.GridBuffer;

/**
 * The two autonomic axes as they arrived, on the analysis grid: sympathetic S, parasympathetic P,
 * their qualities (0..1), the breathing irregularity index and, per channel behind S, that channel's
 * own contribution (z), so that agreement across channels can be judged. Grid point {@code k} lies at
 * {@code k / rateHz} seconds from the recording start.
 */
public final class AxisHistory {
    private final double rateHz;
    private final boolean parasympatheticAvailable;
    final GridBuffer s = new GridBuffer();
    final GridBuffer p = new GridBuffer();
    final GridBuffer sQuality = new GridBuffer();
    final GridBuffer pQuality = new GridBuffer();
    final GridBuffer irregularity = new GridBuffer();
    /**
     * Speech breathing seen on the respiration belt: 1 while the client talks, 0 while the belt shows other breathing,
     * {@code NaN} without a belt or where nothing was said about it ({@link SpeechAnswer}).
     */
    final GridBuffer speech = new GridBuffer();
    private final List<String> channels;
    private final boolean parasympatheticIndependent;
    /** The channels behind S when the heart is its only witness. */
    private static final List<String> HEART_ALONE = List.of("HR");
    /** The evidence name of the respiration belt's channel behind S. */
    private static final String BELT = "RSP";
    final List<GridBuffer> channelS = new ArrayList<>();

    /**
     * Axes without per-channel contributions (agreement across channels cannot be judged).
     *
     * @param rateHz                   grid rate in hertz
     * @param parasympatheticAvailable whether a P axis exists at all (RSA or heart rate)
     */
    public AxisHistory(double rateHz, boolean parasympatheticAvailable) {
        this(rateHz, parasympatheticAvailable, List.of(), false);
    }

    /**
     * @param rateHz                     grid rate in hertz
     * @param parasympatheticAvailable   whether a P axis exists at all (RSA or heart rate)
     * @param channels                   evidence names of the channels behind S, e.g. ["EDA", "HR", "RSP"]
     * @param parasympatheticIndependent whether P comes from a channel not already in S (RSA, not inverted heart
     *                                   rate), so that its withdrawal counts as a further channel agreeing
     */
    public AxisHistory(double rateHz, boolean parasympatheticAvailable, List<String> channels,
                       boolean parasympatheticIndependent) {
        this.rateHz = rateHz;
        this.parasympatheticAvailable = parasympatheticAvailable;
        this.channels = List.copyOf(channels);
        this.parasympatheticIndependent = parasympatheticIndependent;
        for (int i = 0; i < channels.size(); i++) {
            channelS.add(new GridBuffer());
        }
    }

    /** Appends one grid point without per-channel contributions; any value may be {@code NaN}. */
    public void add(double sValue, double sQualityValue, double pValue, double pQualityValue, double irregularityValue) {
        double[] none = new double[channels.size()];
        java.util.Arrays.fill(none, Double.NaN);
        add(sValue, sQualityValue, pValue, pQualityValue, irregularityValue, none);
    }

    /**
     * Appends one grid point; any value may be {@code NaN}. {@code channelValues} holds each channel's own
     * S contribution (z) in the order of {@link #channels()}.
     */
    public void add(double sValue, double sQualityValue, double pValue, double pQualityValue, double irregularityValue,
                    double[] channelValues) {
        add(sValue, sQualityValue, pValue, pQualityValue, irregularityValue, channelValues, Double.NaN);
    }

    /**
     * Appends one grid point with each channel's S contribution and whether the belt shows speech breathing there
     * ({@code speechValue}: 1 talking, 0 not, {@code NaN} unknown).
     */
    public void add(double sValue, double sQualityValue, double pValue, double pQualityValue, double irregularityValue,
                    double[] channelValues, double speechValue) {
        speech.add(speechValue);
        s.add(sValue);
        sQuality.add(sQualityValue);
        p.add(pValue);
        pQuality.add(pQualityValue);
        irregularity.add(irregularityValue);
        for (int i = 0; i < channelS.size(); i++) {
            channelS.get(i).add(channelValues[i]);
        }
    }

    /** Evidence names of the channels behind S whose contributions are kept. */
    public List<String> channels() {
        return channels;
    }

    /**
     * Whether heart rate is the only channel behind S (an RR strap): P is then read from the same beats, and a release
     * has no witness in another system.
     */
    public boolean heartAlone() {
        return channels.equals(HEART_ALONE);
    }

    /**
     * Whether no respiration belt is among the channels behind S (an RR strap, a wrist's heart and skin): the speech
     * breathing of a talk is then not seen, only its time course on the heart.
     */
    public boolean speechUnseen() {
        return !channels.isEmpty() && !channels.contains(BELT);
    }

    /** Whether P's withdrawal counts as a channel of its own (RSA, not inverted heart rate). */
    public boolean parasympatheticIndependent() {
        return parasympatheticIndependent;
    }

    /** Grid rate in hertz. */
    public double rateHz() {
        return rateHz;
    }

    /** Whether a parasympathetic axis exists. */
    public boolean parasympatheticAvailable() {
        return parasympatheticAvailable;
    }

    /** Number of grid points so far. */
    public int length() {
        return s.length();
    }

    /** Seconds from the recording start of grid point {@code k}. */
    public double timeSec(int k) {
        return k / rateHz;
    }

    /** Grid points spanning {@code seconds}. */
    public int samples(double seconds) {
        return (int) Math.round(seconds * rateHz);
    }

    /** P at grid point {@code k} ({@code NaN} outside or missing). */
    public double p(int k) {
        return p.get(k);
    }

    /** S at grid point {@code k} ({@code NaN} outside or missing). */
    public double s(int k) {
        return s.get(k);
    }
}
