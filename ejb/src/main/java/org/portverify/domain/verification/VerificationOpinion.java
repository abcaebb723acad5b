package org.portverify.domain.verification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The regulator's opinion on one port's reporting year, with every reason behind it in {@link OpinionReason#ORDER}:
 * two opinions formed from the same reasons are equal, whatever order the reasons were found in.
 */
public record VerificationOpinion(Opinion opinion, List<OpinionReason> reasons) {

    public VerificationOpinion {
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(reasons, "reasons");
        reasons = reasons.stream().sorted(OpinionReason.ORDER).toList();
    }

    /** The worst opinion any reason leads to; {@link Opinion#VERIFIED} when there is no reason. */
    public static VerificationOpinion form(Collection<OpinionReason> reasons) {
        Opinion opinion = reasons.stream().map(r -> r.kind().leadsTo()).reduce(Opinion.VERIFIED, Opinion::worse);
        return new VerificationOpinion(opinion, List.copyOf(reasons));
    }
}
