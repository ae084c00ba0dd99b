package io.cinechrome.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site lock in one process: held, waited for, given up on, and taken over from a crashed run. */
class SiteLockTest {

    @TempDir
    Path site;

    @Test
    void aSecondWriterGivesUpAfterTheWaitNamingTheHolder() throws IOException {
        List<String> notices = new ArrayList<>();
        try (SiteLock held = SiteLock.acquire(site, Duration.ZERO, notices::add)) {
            String lock = Files.readString(site.resolve(SiteLock.FILE_NAME));
            assertTrue(lock.contains("pid " + ProcessHandle.current().pid()) && lock.contains("started "), lock);
            IllegalStateException busy = assertThrows(IllegalStateException.class,
                    () -> SiteLock.acquire(site, Duration.ofMillis(300), notices::add));
            assertTrue(busy.getMessage().contains("pid " + ProcessHandle.current().pid())
                    && busy.getMessage().contains("--wait"), busy.getMessage());
        }
        assertFalse(Files.exists(site.resolve(SiteLock.FILE_NAME)), "released locks leave no file");
        assertTrue(notices.stream().anyMatch(n -> n.contains("waiting up to 0 s")), notices.toString());
    }

    @Test
    void aSecondWriterWaitsForTheFirst() throws Exception {
        SiteLock first = SiteLock.acquire(site, Duration.ZERO, notice -> { });
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            sleep(400);
            first.close();
        });
        long start = System.nanoTime();
        try (SiteLock second = SiteLock.acquire(site, Duration.ofSeconds(20), notice -> { })) {
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos(), "it waited");
            release.get();
            assertTrue(Files.isRegularFile(site.resolve(SiteLock.FILE_NAME)));
        }
    }

    @Test
    void theLockOfACrashedRunIsTakenOverAndItsTemporaryFilesGo() throws Exception {
        Files.writeString(site.resolve(SiteLock.FILE_NAME), "pid 999999 on elsewhere, started 2020-01-01T00:00:00Z: x\n");
        Path temp = Files.createDirectories(site.resolve("img/heat-1995")).resolve(".poster.png~999999@h~1.tmp");
        Files.writeString(temp, "half a png");
        Path page = Files.writeString(site.resolve("index.html"), "kept");
        List<String> notices = new ArrayList<>();
        try (SiteLock lock = SiteLock.acquire(site, Duration.ZERO, notices::add)) {
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("pid 999999") && notices.get(0).contains("1 temporary files"),
                    notices.get(0));
        }
        assertFalse(Files.exists(temp));
        assertEquals("kept", Files.readString(page));
    }

    @Test
    void stalecatalogueTemporaryFilesGoButThoseOfRunningWritersStay() throws Exception {
        Path dead = Files.writeString(site.resolve(".heat-1995.json~999999@" + ProcessIdentity.localHost() + "~1.tmp"),
                "{");
        Path mine = Files.writeString(site.resolve(".amelie-2001.json~" + ProcessHandle.current().pid() + "@"
                + ProcessIdentity.localHost() + "~1.tmp"), "{");
        Path otherHost = Files.writeString(site.resolve(".alien-1979.json~999999@elsewhere~1.tmp"), "{");
        AtomicFiles.deleteStaleLeftovers(site);
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(mine) && Files.exists(otherHost));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
