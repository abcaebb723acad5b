package org.portverify.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The public view's rate limit, by the clock it is given: 3 a minute, per address, window by window. */
class RequestWindowsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void anAddressGetsItsLimitPerWindowAndIsToldWhenToComeBack() {
        RequestWindows windows = new RequestWindows(100);
        long t0 = 5 * SECOND;
        assertEquals(OptionalLong.empty(), windows.refuse("10.0.0.1", t0, 3));
        assertEquals(OptionalLong.empty(), windows.refuse("10.0.0.1", t0 + SECOND, 3));
        assertEquals(OptionalLong.empty(), windows.refuse("10.0.0.1", t0 + 2 * SECOND, 3));
        // the fourth, 20 s into the window: 40 s left
        assertEquals(OptionalLong.of(40), windows.refuse("10.0.0.1", t0 + 20 * SECOND, 3));
        assertEquals(OptionalLong.empty(), windows.refuse("10.0.0.2", t0 + 20 * SECOND, 3), "another address");
        // 59.5 s in: still refused, and told to come back in 1 s, never 0
        assertEquals(OptionalLong.of(1), windows.refuse("10.0.0.1", t0 + 59_500_000_000L, 3));
        // a minute after the window opened, a new one
        assertEquals(OptionalLong.empty(), windows.refuse("10.0.0.1", t0 + 60 * SECOND, 3));
    }

    @Test
    void theAddressesRememberedAreBounded() {
        RequestWindows windows = new RequestWindows(2);
        windows.refuse("a", 0, 1);
        windows.refuse("b", 0, 1);
        windows.refuse("c", 0, 1);
        assertEquals(2, windows.remembered());
        // "a" was forgotten: it starts a new window
        assertEquals(OptionalLong.empty(), windows.refuse("a", SECOND, 1));
        assertEquals(OptionalLong.of(59), windows.refuse("a", 2 * SECOND, 1));
    }
}
