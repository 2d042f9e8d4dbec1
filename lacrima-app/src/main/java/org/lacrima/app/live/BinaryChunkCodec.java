package org.lacrima.app.live;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Event;

/**
 * The compact binary frame of the live protocol (docs/live-protocol.md), little-endian:
 * <pre>
 * u8 'L' (0x4C) | u8 version (1) | u8 kind (1 = chunk) | u8 channel blocks | u64 seq
 * per block:  u8 channel | u8 flags (bit 0: times present) | u16 count | count x f32 values
 *             [| count x f64 times in s]
 * u16 events | per event: f64 onset s | f64 duration s | u16 label bytes | UTF-8 label
 * </pre>
 * Values travel as 32-bit floats (ample for physiological signals stored as 16-bit EDF). The
 * journal keeps chunks in this same form, so a restarted server reads exactly what was acknowledged.
 */
public final class BinaryChunkCodec {
    static final byte MAGIC = 0x4C;
    static final byte VERSION = 1;
    static final byte KIND_CHUNK = 1;
    private static final int MAX_LABEL_BYTES = 1000;

    private BinaryChunkCodec() {
    }

    /** Encodes a chunk. */
    public static byte[] encode(LiveChunk chunk) {
        int size = 12;
        List<byte[]> labels = new ArrayList<>();
        for (LiveChunk.ChannelSamples s : chunk.samples()) {
            size += 4 + s.values().length * (s.timesSec() == null ? 4 : 12);
        }
        size += 2;
        for (Event e : chunk.events()) {
            byte[] label = e.label().getBytes(StandardCharsets.UTF_8);
            labels.add(label);
            size += 18 + label.length;
        }
        if (chunk.samples().size() > 255) {
            throw new IllegalArgumentException("at most 255 channel blocks per chunk");
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put(VERSION).put(KIND_CHUNK).put((byte) chunk.samples().size()).putLong(chunk.seq());
        for (LiveChunk.ChannelSamples s : chunk.samples()) {
            if (s.values().length > 0xFFFF) {
                throw new IllegalArgumentException("at most 65535 samples per channel block");
            }
            b.put((byte) s.channel()).put((byte) (s.timesSec() == null ? 0 : 1)).putShort((short) s.values().length);
            for (double v : s.values()) {
                b.putFloat((float) v);
            }
            if (s.timesSec() != null) {
                for (double t : s.timesSec()) {
                    b.putDouble(t);
                }
            }
        }
        b.putShort((short) chunk.events().size());
        for (int i = 0; i < chunk.events().size(); i++) {
            Event e = chunk.events().get(i);
            b.putDouble(e.onsetSec()).putDouble(e.durationSec()).putShort((short) labels.get(i).length).put(labels.get(i));
        }
        return b.array();
    }

    /**
     * Decodes a chunk.
     *
     * @throws LiveFrameException naming what is wrong with the frame
     */
    public static LiveChunk decode(ByteBuffer frame) throws LiveFrameException {
        ByteBuffer b = frame.slice().order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (b.get() != MAGIC || b.get() != VERSION || b.get() != KIND_CHUNK) {
                throw new LiveFrameException("not a chunk frame of protocol version 1 (expected bytes 4C 01 01)");
            }
            int blocks = Byte.toUnsignedInt(b.get());
            long seq = b.getLong();
            if (seq < 0) {
                throw new LiveFrameException("negative sequence number");
            }
            List<LiveChunk.ChannelSamples> samples = new ArrayList<>(blocks);
            for (int i = 0; i < blocks; i++) {
                int channel = Byte.toUnsignedInt(b.get());
                boolean timed = (b.get() & 1) != 0;
                int count = Short.toUnsignedInt(b.getShort());
                double[] values = new double[count];
                for (int k = 0; k < count; k++) {
                    values[k] = b.getFloat();
                }
                double[] times = null;
                if (timed) {
                    times = new double[count];
                    for (int k = 0; k < count; k++) {
                        times[k] = b.getDouble();
                    }
                }
                samples.add(new LiveChunk.ChannelSamples(channel, values, times));
            }
            int eventCount = Short.toUnsignedInt(b.getShort());
            List<Event> events = new ArrayList<>(eventCount);
            for (int i = 0; i < eventCount; i++) {
                double onset = b.getDouble();
                double duration = b.getDouble();
                int length = Short.toUnsignedInt(b.getShort());
                if (length > MAX_LABEL_BYTES) {
                    throw new LiveFrameException("event label longer than " + MAX_LABEL_BYTES + " bytes");
                }
                byte[] label = new byte[length];
                b.get(label);
                events.add(LiveChunkRules.event(onset, duration, new String(label, StandardCharsets.UTF_8)));
            }
            if (b.hasRemaining()) {
                throw new LiveFrameException(b.remaining() + " bytes after the end of the frame");
            }
            return new LiveChunk(seq, samples, events);
        } catch (BufferUnderflowException e) {
            throw new LiveFrameException("frame ends early (" + frame.remaining() + " bytes)");
        }
    }
}
