package org.portverify.interfaces.rest;

import java.io.StringReader;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** One member of a small JSON request body, as text for the domain to parse and refuse with its own code. */
final class JsonMember {

    private JsonMember() {
    }

    /** The body as a JSON object; empty when it is none (not JSON, or another kind of value). */
    static Optional<JsonObject> object(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readValue() instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * The member's text (a string's content, a number as written), or the whole body when it is no JSON object with
     * that member: the caller's parser then refuses the body as given, naming it.
     */
    static String text(String body, String member) {
        return object(body).map(o -> o.get(member))
                .map(found -> found instanceof JsonString text ? text.getString() : found.toString()).orElse(body);
    }

    /**
     * The member's text, PV-4001 naming only the member when the body is no JSON object with it: nothing of the body
     * is repeated, since it may hold a password.
     */
    static String required(String body, String member) {
        return object(body).map(o -> o.get(member))
                .filter(found -> found instanceof JsonString || found.getValueType() == JsonValue.ValueType.NUMBER)
                .map(found -> found instanceof JsonString text ? text.getString() : found.toString())
                .orElseThrow(() -> new RuleViolation(ErrorCode.PARAMETER_INVALID, member,
                        "the JSON body must have it as a string or a number"));
    }
}
