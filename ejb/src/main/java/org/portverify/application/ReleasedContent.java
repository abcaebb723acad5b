package org.portverify.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the public view has already built of a release, kept in memory: a released report never changes (its data
 * digest is checked when it is first built), so its content and its community summaries need not be rebuilt from the
 * database for every visitor whose browser does not hold them yet. A few releases at most, the least recently used
 * forgotten first: the public reads the latest years.
 */
@ApplicationScoped
public class ReleasedContent {

    /** Entries kept: a handful of years, each with its model and up to three summaries. */
    static final int CAPACITY = 24;

    private final Map<String, Object> entries = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The content under {@code key} (which names everything it depends on: the release's digest, the language, the
     * software version), built once by {@code build}. Built outside the lock: two first visitors may both build it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> build) {
        synchronized (entries) {
            Object kept = entries.get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T built = build.get();
        synchronized (entries) {
            entries.putIfAbsent(key, built);
        }
        return built;
    }
}
