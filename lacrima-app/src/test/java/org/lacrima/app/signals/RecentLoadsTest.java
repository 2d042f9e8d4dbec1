package org.lacrima.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loads by key: once per key, without one key's load holding up another's, forgetting failures. */
class RecentLoadsTest {

    @Test
    void aSlowLoadDoesNotHoldUpAnotherKey() throws Exception {
        RecentLoads<String, String> loads = new RecentLoads<>(2);
        CountDownLatch otherDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the slow load finishes only once the other session's load has come back: with one lock for all, it
            // would wait its 20 s out and report false
            Future<Boolean> slow = pool.submit(() -> {
                loads.get("clinician A's session", () -> await(otherDone, 20_000) ? "a" : "timed out");
                return loads.get("clinician A's session", () -> "again").equals("a");
            });
            Thread.sleep(50); // let the slow load start first (the test holds either way, it then checks less)
            assertThat(pool.submit(() -> loads.get("clinician B's session", () -> "b")).get(20, TimeUnit.SECONDS))
                    .isEqualTo("b");
            otherDone.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requestsForOneKeyAtATimeShareOneLoad() throws Exception {
        RecentLoads<String, Object> loads = new RecentLoads<>(2);
        AtomicInteger loaded = new AtomicInteger();
        CountDownLatch allAsking = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> loads.get("session", () -> {
                    loaded.incrementAndGet();
                    await(allAsking, 200);
                    return new Object();
                })));
            }
            allAsking.countDown();
            Object first = answers.get(0).get(20, TimeUnit.SECONDS);
            for (Future<Object> a : answers) {
                assertThat(a.get(20, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(loaded).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheLastKeysAreKeptAndAFailureIsTriedAgain() throws IOException {
        RecentLoads<Integer, String> loads = new RecentLoads<>(2);
        AtomicInteger loaded = new AtomicInteger();
        for (int key : new int[] {1, 2, 1, 3, 1, 2}) {
            loads.get(key, () -> {
                loaded.incrementAndGet();
                return "v" + key;
            });
        }
        // 1, 2 loaded; 1 kept; 3 pushes out 2 (1 was used last); 1 kept; 2 loaded again
        assertThat(loaded).hasValue(4);

        assertThatThrownBy(() -> loads.get(9, () -> {
            throw new IOException("s9.edf: truncated");
        })).isInstanceOf(IOException.class).hasMessage("s9.edf: truncated");
        assertThat(loads.get(9, () -> "read at last")).isEqualTo("read at last");
    }

    /** Waits for {@code latch} up to {@code millis}; false when it timed out or was interrupted. */
    private static boolean await(CountDownLatch latch, long millis) {
        try {
            return latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
