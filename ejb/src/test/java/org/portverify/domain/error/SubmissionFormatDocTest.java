package org.portverify.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.submission.SubmissionPart;

/** docs/submission-format.md, the ports' contract, lists every validation code and every header of the catalogue. */
class SubmissionFormatDocTest {

    @Test
    void everyValidationCodeIsDocumented() throws IOException {
        String doc = doc();
        List<String> undocumented = Arrays.stream(ErrorCode.values()).map(ErrorCode::code)
                .filter(code -> code.startsWith("PV-1") && !doc.contains("`" + code + "`")).toList();
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyHeaderIsDocumentedExactly() throws IOException {
        String doc = doc();
        List<String> undocumented = Arrays.stream(SubmissionPart.values())
                .flatMap(part -> part.acceptedHeaders().stream()).map(header -> String.join(",", header))
                .filter(header -> !doc.contains("`" + header + "`")).toList();
        assertEquals(List.of(), undocumented);
    }

    private static String doc() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("submission-format.md");
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        return fail("docs/submission-format.md not found above " + Path.of("").toAbsolutePath());
    }
}
