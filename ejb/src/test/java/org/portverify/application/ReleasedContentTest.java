package org.portverify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReleasedContentTest {

    @Test
    void buildsEachReleaseOnceAndKeepsTheLatestUsed() {
        ReleasedContent content = new ReleasedContent();
        AtomicInteger builds = new AtomicInteger();
        Object first = content.get("41-abc-model", () -> new Object[] {builds.incrementAndGet()});
        assertSame(first, content.get("41-abc-model", () -> new Object[] {builds.incrementAndGet()}));
        assertEquals(1, builds.get(), "built once");

        // fill it past its capacity while using the first entry: the least recently used ones go, not the first
        for (int i = 0; i < ReleasedContent.CAPACITY; i++) {
            content.get("other-" + i, Object::new);
            content.get("41-abc-model", () -> new Object[] {builds.incrementAndGet()});
        }
        assertEquals(1, builds.get(), "the entry in use is kept");
        content.get("other-0", () -> {
            builds.incrementAndGet();
            return new Object();
        });
        assertEquals(2, builds.get(), "the least recently used was forgotten and is built again");
    }
}
