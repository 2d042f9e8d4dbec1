package org.lacrima.app.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import org.lacrima.app.store.OwnerOnly;

/**
 * Everything a live session received, appended in order: declarations and marks as their JSON text,
 * chunks in the binary frame form. Each record is {@code u32 length | u8 kind | payload | u32 CRC-32}
 * (big-endian), so a record cut short by a crash is recognised and dropped on reading, and appending
 * continues after the last whole record. Writes reach the operating system at once (a killed process
 * loses nothing); {@link #sync()} forces them to the disk and is called every few seconds.
 */
public final class LiveSampleJournal implements AutoCloseable {
    /** A JSON protocol message (hello, mark). */
    public static final byte TEXT = 1;
    /** A chunk in the binary frame form. */
    public static final byte CHUNK = 2;
    private static final int MAX_RECORD_BYTES = 64 << 20;

    private final FileChannel file;
    private boolean dirty;

    /** One stored record. */
    public record Entry(byte kind, byte[] payload) {
    }

    private LiveSampleJournal(FileChannel file) {
        this.file = file;
    }

    /**
     * Opens (creating if needed) the journal and reads its whole records; a torn tail is cut off so the
     * next append follows the last whole record.
     */
    public static LiveSampleJournal open(Path path, List<Entry> into) throws IOException {
        // health data like the uploads: owner-only from the moment it exists
        OwnerOnly.folder(path.getParent());
        OwnerOnly.file(path);
        FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long end = readWhole(file, into);
            if (end < file.size()) {
                file.truncate(end);
                file.force(true);
            }
            file.position(end);
            return new LiveSampleJournal(file);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The whole records of a journal another instance may be appending to (nothing is changed). */
    public static List<Entry> read(Path path) throws IOException {
        List<Entry> entries = new java.util.ArrayList<>();
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            readWhole(file, entries);
        }
        return entries;
    }

    /** Hands each record to the matching consumer, decoded: text as a protocol message, chunks as chunks. */
    static void replay(List<Entry> entries, TextConsumer text, java.util.function.Consumer<LiveChunk> chunk)
            throws IOException {
        List<org.lacrima.io.ChannelInfo> channels = List.of();
        for (Entry e : entries) {
            try {
                if (e.kind() == CHUNK) {
                    chunk.accept(BinaryChunkCodec.decode(java.nio.ByteBuffer.wrap(e.payload())));
                } else {
                    LiveMessage m = LiveMessageParser.parse(new String(e.payload(),
                            java.nio.charset.StandardCharsets.UTF_8), channels);
                    if (m instanceof LiveMessage.Hello h) {
                        channels = h.channels();
                    }
                    text.accept(m);
                }
            } catch (LiveFrameException ex) {
                throw new IOException("a journal record cannot be read: " + ex.getMessage(), ex);
            }
        }
    }

    /** Receives the text records of a replay. */
    interface TextConsumer {
        void accept(LiveMessage message);
    }

    /** Appends one record (visible to a restarted process as soon as this returns). */
    public synchronized void append(byte kind, byte[] payload) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(payload.length + 9);
        b.putInt(payload.length).put(kind).put(payload).putInt((int) crc(kind, payload)).flip();
        while (b.hasRemaining()) {
            file.write(b);
        }
        dirty = true;
    }

    /** Forces what was appended to the disk, if anything was since the last call. */
    public synchronized void sync() throws IOException {
        if (dirty && file.isOpen()) {
            file.force(false);
            dirty = false;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (file.isOpen()) {
            sync();
            file.close();
        }
    }

    private static long readWhole(FileChannel file, List<Entry> into) throws IOException {
        long size = file.size();
        long pos = 0;
        ByteBuffer head = ByteBuffer.allocate(5).order(ByteOrder.BIG_ENDIAN);
        while (pos + 9 <= size) {
            head.clear();
            readFully(file, head, pos);
            int length = head.getInt(0);
            byte kind = head.get(4);
            if (length < 0 || length > MAX_RECORD_BYTES || pos + 9 + length > size) {
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(length + 4);
            readFully(file, body, pos + 5);
            byte[] payload = new byte[length];
            body.get(0, payload);
            if (body.getInt(length) != (int) crc(kind, payload)) {
                break;
            }
            into.add(new Entry(kind, payload));
            pos += 9 + length;
        }
        return pos;
    }

    private static void readFully(FileChannel file, ByteBuffer b, long at) throws IOException {
        long p = at;
        while (b.hasRemaining()) {
            int n = file.read(b, p);
            if (n < 0) {
                throw new IOException("journal ends early");
            }
            p += n;
        }
    }

    private static long crc(byte kind, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(kind);
        crc.update(payload);
        return crc.getValue();
    }
}
