package org.portverify.interfaces.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.portverify.domain.audit.AuditChain;
import org.portverify.infrastructure.persistence.AuditRepository;

/**
 * Verifies the audit trail's hash chain straight from the database, without the server (docs/audit.md):
 *
 * <pre>./mvnw -q -pl reports,ejb verify -DskipTests -Paudit-chain [-Daudit.db.url=jdbc:postgresql://...]</pre>
 *
 * Arguments: JDBC URL, user, password. Prints the outcome; exit status 0 when the chain is intact, 1 when it is
 * broken (naming the first entry that breaks it), 2 when the database cannot be read.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args[0].isBlank()) {
            System.err.println("usage: AuditChainCheck <jdbc-url> [user] [password]");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "",
                args.length > 2 ? args[2] : "")) {
            connection.setReadOnly(true);
            // One transaction: the head and the entries are read consistently, and PostgreSQL streams the rows.
            connection.setAutoCommit(false);
            AuditChain.Verifier verifier = new AuditChain.Verifier(AuditRepository.recordedHead(connection));
            AuditRepository.readInOrder(connection, verifier::accept);
            AuditChain.Verification result = verifier.result();
            connection.rollback();
            if (result.intact()) {
                System.out.printf("audit chain intact: %d entries, head entry %d sha256 %s%n", result.entries(),
                        result.head().lastSeq(), result.head().lastSha256());
                System.exit(0);
            }
            AuditChain.Break found = result.firstBreak().orElseThrow();
            System.out.printf("audit chain BROKEN at entry %d: %s (%d entries read)%n", found.seq(), found.reason(),
                    result.entries());
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("cannot read the audit trail at " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }
}
