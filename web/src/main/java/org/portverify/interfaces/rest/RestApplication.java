package org.portverify.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /portverify/api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
