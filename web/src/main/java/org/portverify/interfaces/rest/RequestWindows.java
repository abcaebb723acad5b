package org.portverify.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Counts requests per client address in fixed one-minute windows: a window opens at an address's first request and
 * allows {@code limit} requests until it closes. The addresses remembered are bounded, the least recently seen
 * forgotten first, so that a flood of addresses cannot exhaust the heap. Thread-safe.
 */
final class RequestWindows {

    static final long MINUTE_NANOS = 60_000_000_000L;

    private final Map<String, long[]> windows;

    /** @param addresses how many addresses to remember at most */
    RequestWindows(int addresses) {
        this.windows = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > addresses;
            }
        };
    }

    /**
     * Counts a request from {@code address} at {@code nanoTime}: empty when it is within {@code limit}, otherwise the
     * seconds (at least 1) until the address's window closes.
     */
    synchronized OptionalLong refuse(String address, long nanoTime, int limit) {
        // {window start, requests counted}
        long[] window = windows.computeIfAbsent(address, a -> new long[] {nanoTime, 0});
        if (nanoTime - window[0] >= MINUTE_NANOS) {
            window[0] = nanoTime;
            window[1] = 0;
        }
        if (++window[1] <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (MINUTE_NANOS - (nanoTime - window[0])) / 1_000_000_000L));
    }

    synchronized int remembered() {
        return windows.size();
    }
}
