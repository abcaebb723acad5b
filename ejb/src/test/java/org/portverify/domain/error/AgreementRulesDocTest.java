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

/** docs/agreement-rules.md lists every code of the agreement's rules, compliance and ledger (PV-20xx). */
class AgreementRulesDocTest {

    @Test
    void everyAgreementCodeIsDocumented() throws IOException {
        String doc = doc();
        List<String> undocumented = Arrays.stream(ErrorCode.values()).map(ErrorCode::code)
                .filter(code -> code.startsWith("PV-20") && !doc.contains("`" + code + "`")).toList();
        assertEquals(List.of(), undocumented);
    }

    private static String doc() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("agreement-rules.md");
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        return fail("docs/agreement-rules.md not found above " + Path.of("").toAbsolutePath());
    }
}
