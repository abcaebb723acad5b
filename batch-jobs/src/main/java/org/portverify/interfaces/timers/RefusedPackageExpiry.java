package org.portverify.interfaces.timers;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import org.portverify.application.PackageRetention;

/** Every day at 03:30 (server time), the stored packages of refused uploads past their retention are deleted. */
@Singleton
public class RefusedPackageExpiry {

    @EJB
    private PackageRetention retention;

    @Schedule(hour = "3", minute = "30", persistent = false, info = "refused package expiry")
    void daily() {
        retention.expireRefused(Instant.now());
    }
}
