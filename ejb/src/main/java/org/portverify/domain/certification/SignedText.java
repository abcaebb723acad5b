package org.portverify.domain.certification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.portverify.domain.model.CanonicalText;
import org.portverify.domain.model.Port;

/**
 * What a certification signs, as {@link CanonicalText}: which version of which package (its SHA-256), the statement
 * (version and SHA-256 of its text), who signed and when (to the millisecond, as stored). Rebuilt from the stored
 * certification and version to verify the signature, so every one of these facts is covered by it:
 *
 * <pre>
 * purpose=27:portverify-certification-v1
 * port=4:POLA
 * reportingYear=4:2026
 * version=1:3
 * packageSha256=64:...
 * statementVersion=1:1
 * statementSha256=64:...
 * signer=12:pola-official
 * signedAt=24:2026-12-07T15:30:00.123Z
 * </pre>
 */
public record SignedText(Port port, int reportingYear, int version, String packageSha256, int statementVersion,
                         String statementSha256, String signer, Instant signedAt) {

    /** Names this text's layout: a signature over another layout never verifies as this one. */
    public static final String PURPOSE = "portverify-certification-v1";

    public SignedText {
        signedAt = signedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public CanonicalText canonical() {
        return new CanonicalText().field("purpose", PURPOSE)
                .field("port", port.name())
                .field("reportingYear", Integer.toString(reportingYear))
                .field("version", Integer.toString(version))
                .field("packageSha256", packageSha256)
                .field("statementVersion", Integer.toString(statementVersion))
                .field("statementSha256", statementSha256)
                .field("signer", signer)
                .field("signedAt", signedAt.toString());
    }

    /** The UTF-8 bytes the seal signs. */
    public byte[] bytes() {
        return canonical().bytes();
    }
}
