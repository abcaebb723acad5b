package org.portverify.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml describes exactly the REST API the resources implement: every JAX-RS resource method (class
 * {@code @Path} + method {@code @Path} + HTTP method, found by reflection) is a path and operation of the description,
 * every operation of the description is a resource method, and each operation names the roles its method allows.
 */
class OpenApiDescriptionTest {

    /**
     * Operations described in openapi.yaml whose resource methods a parallel branch is still adding; the test
     * tolerates their absence from the code and fails as soon as one is implemented, as a reminder. Empty since
     * restart, re-verification and the schedule (branch operations) are implemented.
     */
    private static final Set<String> PENDING_MERGE = Set.of();

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private static Map<String, Operation> implemented;
    private static Map<String, Map<String, Object>> described;
    private static Map<String, Object> document;

    record Operation(Method method, Set<String> roles) {
    }

    @BeforeAll
    static void read() throws IOException, URISyntaxException, ClassNotFoundException {
        implemented = resourceMethods();
        try (InputStream in = Files.newInputStream(Path.of("src/main/webapp/openapi.yaml"))) {
            document = new Yaml().load(in);
        }
        described = new TreeMap<>();
        Map<String, Map<String, Object>> paths = map(document.get("paths"));
        paths.forEach((path, item) -> map(item).forEach((verb, operation) -> {
            if (HTTP_METHODS.contains(verb)) {
                described.put(verb.toUpperCase(java.util.Locale.ROOT) + " " + path, map(operation));
            }
        }));
    }

    @Test
    void findsTheResourceMethods() {
        // Guards the reflection itself: a scan that found nothing would prove nothing.
        assertTrue(implemented.containsKey("GET /runs"), implemented.keySet().toString());
        assertTrue(implemented.containsKey("POST /submissions/{port}/{reportingYear}"), implemented.keySet().toString());
        assertTrue(implemented.containsKey("GET /health"), implemented.keySet().toString());
        assertTrue(implemented.size() >= 20, implemented.keySet().toString());
    }

    @Test
    void everyResourceMethodIsDescribed() {
        Set<String> missing = new TreeSet<>(implemented.keySet());
        missing.removeAll(described.keySet());
        assertEquals(Set.of(), missing, "resource methods missing from openapi.yaml");
    }

    @Test
    void everyDescribedOperationIsImplemented() {
        Set<String> extra = new TreeSet<>(described.keySet());
        extra.removeAll(implemented.keySet());
        extra.removeAll(PENDING_MERGE);
        assertEquals(Set.of(), extra, "openapi.yaml describes operations no resource implements");
    }

    @Test
    void thePendingListHoldsOnlyWhatIsStillMissing() {
        Set<String> landed = new TreeSet<>(PENDING_MERGE);
        landed.retainAll(implemented.keySet());
        assertEquals(Set.of(), landed, "implemented now: remove from OpenApiDescriptionTest.PENDING_MERGE");
        assertTrue(described.keySet().containsAll(PENDING_MERGE), "every pending operation is described");
    }

    @Test
    void everyOperationNamesTheRolesItsMethodAllows() {
        Map<String, String> wrong = new TreeMap<>();
        implemented.forEach((key, operation) -> {
            Map<String, Object> description = described.get(key);
            if (description == null) {
                return;
            }
            Object roles = description.get("x-roles");
            Set<String> documented = roles instanceof List<?> list
                    ? new TreeSet<>(list.stream().map(String::valueOf).toList()) : null;
            if (!operation.roles().equals(documented)) {
                wrong.put(key, "code " + operation.roles() + ", openapi.yaml " + documented);
            }
        });
        assertEquals(Map.of(), wrong, "x-roles must equal @RolesAllowed");
    }

    /** The public view's operations, besides the health check, are the only anonymous ones (issue 16). */
    private static final Set<String> ANONYMOUS = Set.of("GET /health", "GET /public/releases",
            "GET /public/releases/{reportingYear}", "GET /public/releases/{reportingYear}/board.pdf",
            "GET /public/releases/{reportingYear}/summary-{language}.pdf",
            "GET /public/releases/{reportingYear}/tables/{name}.csv",
            "GET /public/releases/{reportingYear}/tables/{name}.json");

    @Test
    void onlyTheHealthCheckAndThePublicViewAreAnonymous() {
        assertFalse(list(document.get("security")).isEmpty(), "Basic authentication by default");
        Set<String> anonymous = new TreeSet<>();
        described.forEach((key, operation) -> {
            if (operation.containsKey("security") && list(operation.get("security")).isEmpty()) {
                anonymous.add(key);
            }
        });
        assertEquals(new TreeSet<>(ANONYMOUS), anonymous);
        ANONYMOUS.forEach(key -> assertEquals(Set.of(), implemented.get(key).roles(), key + ": @PermitAll"));
        implemented.forEach((key, operation) -> assertTrue(ANONYMOUS.contains(key) || !operation.roles().isEmpty(),
                key + " has a role"));
    }

    @Test
    void everyOperationDescribesItsErrorsWithTheErrorBody() {
        Map<String, Map<String, Object>> schemas = map(map(document.get("components")).get("schemas"));
        Map<String, Object> error = map(schemas.get("Error"));
        assertEquals(List.of("code", "status", "message"), error.get("required"));
        described.forEach((key, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            if (key.startsWith("GET /public/")) {
                assertTrue(responses.containsKey("429"), key + ": 429, the rate limit");
            } else if (!key.equals("GET /health")) {
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), key + ": 401 and 403");
            }
            responses.keySet().stream().filter(code -> code.equals("400") || code.equals("404"))
                    .forEach(code -> assertTrue(String.valueOf(responses.get(code)).contains("#/components/responses/"),
                            key + " " + code + " refers to a shared error response"));
        });
    }

    /** Every resource method of the REST package, as "VERB /path" with the roles it allows. */
    private static Map<String, Operation> resourceMethods()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDir = classes.resolve(RestApplication.class.getPackageName().replace('.', '/'));
        Map<String, Operation> found = new TreeMap<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(packageDir)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                    .replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, OpenApiDescriptionTest.class.getClassLoader());
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = template("/" + root.value() + (sub == null ? "" : "/" + sub.value()));
                String key = verb + " " + path;
                assertFalse(found.containsKey(key), "two resource methods answer " + key);
                found.put(key, new Operation(method, roles(type, method)));
            }
        }
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path as an OpenAPI path template: one slash between segments, no regular expressions. */
    static String template(String jaxRsPath) {
        String path = jaxRsPath.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Set<String> roles(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return Set.of();
            }
            roles = type.getAnnotation(RolesAllowed.class);
        }
        assertTrue(roles != null, method + " declares no role");
        return new TreeSet<>(Arrays.asList(roles.value()));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return value == null ? Map.of() : (Map<String, V>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }
}
