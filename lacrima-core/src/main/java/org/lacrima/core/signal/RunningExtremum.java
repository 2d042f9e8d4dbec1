package org.lacrima.core.signal;

import java.util.Arrays;

/**
 * The centred sliding minimum or maximum of {@link SlidingExtremum} over a growing input, kept once its whole window
 * has arrived (the same monotone deque, so the same values).
 */
public final class RunningExtremum {
    private final GrowingSeries in;
    private final int half;
    private final boolean minimum;
    private int[] deque = new int[256];
    private int head;
    private int tail;
    private int next;
    private final GrowingSeries out = new GrowingSeries();

    /**
     * @param in      the input, growing
     * @param half    half-width of the window, samples
     * @param minimum the minimum ({@code true}) or the maximum
     */
    public RunningExtremum(GrowingSeries in, int half, boolean minimum) {
        this.in = in;
        this.half = half;
        this.minimum = minimum;
    }

    /** The extrema kept so far. */
    public GrowingSeries out() {
        return out;
    }

    /** Half-width of the window, samples. */
    public int half() {
        return half;
    }

    /** Keeps the extrema whose window the input now covers. */
    public void advance() {
        for (int i = out.end(); i + half < in.end(); i++) {
            while (next <= i + half) {
                double v = in.get(next);
                while (tail > head && (minimum ? in.get(deque[tail - 1]) >= v : in.get(deque[tail - 1]) <= v)) {
                    tail--;
                }
                push(next++);
            }
            while (deque[head] < i - half) {
                head++;
            }
            out.add(in.get(deque[head]));
        }
    }

    private void push(int index) {
        if (tail == deque.length) {
            if (head > deque.length / 2) {
                System.arraycopy(deque, head, deque, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                deque = Arrays.copyOf(deque, deque.length * 2);
            }
        }
        deque[tail++] = index;
    }
}
