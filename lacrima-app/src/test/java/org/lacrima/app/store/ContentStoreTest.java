package org.lacrima.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentStoreTest {
    @TempDir
    Path dir;

    /** Random contents of random sizes come back byte for byte under their SHA-256, stored once. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void storesBytesUnderTheirSha256(long seed) throws Exception {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(300_000)];
        random.nextBytes(bytes);
        ContentStore store = new ContentStore(dir);
        ContentStore.StoredContent first = store.put(new ByteArrayInputStream(bytes), 1 << 20);
        ContentStore.StoredContent second = store.put(new ByteArrayInputStream(bytes), 1 << 20);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(first.sha256()).isEqualTo(expected);
        assertThat(first).isEqualTo(second);
        assertThat(first.sizeBytes()).isEqualTo(bytes.length);
        try (InputStream in = store.open(expected)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(storedFiles()).hasSize(1);
        assertThat(Files.list(dir.resolve("incoming")).count()).isZero();
    }

    @Test
    void refusesContentOverTheLimitAndKeepsNothing() throws IOException {
        ContentStore store = new ContentStore(dir);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[5000]), 4999))
                .isInstanceOf(ContentStore.ContentTooLargeException.class).hasMessageContaining("limit");
        assertThat(storedFiles()).isEmpty();
        assertThat(Files.list(dir.resolve("incoming")).count()).isZero();
        assertThat(store.put(new ByteArrayInputStream(new byte[5000]), 5000).sizeBytes()).isEqualTo(5000);
    }

    @Test
    void unknownOrMalformedHashesAreNotFound() throws IOException {
        ContentStore store = new ContentStore(dir);
        assertThat(store.contains("../../etc/passwd")).isFalse();
        assertThat(store.contains("ab".repeat(32))).isFalse();
        assertThatThrownBy(() -> store.open("../x")).isInstanceOf(IOException.class);
    }

    private Stream<Path> storedFiles() throws IOException {
        return Files.walk(dir).filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("incoming")));
    }
}
