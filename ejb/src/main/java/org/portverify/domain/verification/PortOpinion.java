package org.portverify.domain.verification;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.portverify.domain.model.Port;

/** The opinion a run gave on one port's reporting year, with its reasons in {@link OpinionReason#ORDER}. */
@Entity
@Table(name = "verification_opinion")
public class PortOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_opinion_seq")
    @SequenceGenerator(name = "verification_opinion_seq", sequenceName = "verification_opinion_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Port port;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Opinion opinion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opinion_reason", joinColumns = @JoinColumn(name = "opinion_id"))
    @OrderColumn(name = "ordinal")
    private List<StoredReason> reasons = new ArrayList<>();

    protected PortOpinion() {
    }

    public PortOpinion(long executionId, Port port, VerificationOpinion formed) {
        this.executionId = executionId;
        this.port = port;
        this.opinion = formed.opinion();
        formed.reasons().forEach(r -> reasons.add(new StoredReason(r)));
    }

    public long getExecutionId() {
        return executionId;
    }

    public Port getPort() {
        return port;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    /** The opinion as formed: what the report prints and re-verification compares. */
    public VerificationOpinion formed() {
        return new VerificationOpinion(opinion, reasons.stream().map(StoredReason::reason).toList());
    }

    /** One reason as stored. */
    @Embeddable
    public static class StoredReason {

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 32)
        private ReasonKind kind;

        @Column(name = "code", length = 16)
        private String code;

        @Column(name = "reason_text", nullable = false, length = 4000)
        private String text;

        protected StoredReason() {
        }

        StoredReason(OpinionReason reason) {
            this.kind = reason.kind();
            this.code = reason.code();
            // a reason quotes a finding's message, which is bounded, but never fail a run on a long one
            this.text = reason.text().length() <= 4000 ? reason.text() : reason.text().substring(0, 3997) + "...";
        }

        OpinionReason reason() {
            return new OpinionReason(kind, code, text);
        }
    }
}
