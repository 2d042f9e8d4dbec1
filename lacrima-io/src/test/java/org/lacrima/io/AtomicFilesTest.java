package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aFinishedFileIsReadableByOthersAndNoTemporaryIsLeft(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("session.edf");
        AtomicFiles.write(target, temp -> Files.writeString(temp, "data"));

        assertThat(target).hasContent("data");
        assertThat(Files.getPosixFilePermissions(target))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesNeitherTargetNorTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
