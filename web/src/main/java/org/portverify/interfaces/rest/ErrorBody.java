package org.portverify.interfaces.rest;

/** The JSON body of every error response: the stable code, the HTTP status and a message people can act on. */
public record ErrorBody(String code, int status, String message) {
}
