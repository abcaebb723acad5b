package org.portverify.domain.agreement;

import org.portverify.domain.model.Coded;
import org.portverify.domain.model.SourceCategory;

/**
 * The emission categories the agreement plans for, each in exactly one phase. They are finer than the inventories'
 * source categories (CHE is split by terminal type, only switcher locomotives are covered), so each names the source
 * category it belongs to.
 */
public enum AgreementCategory implements Coded {
    CHE_CONTAINER("Cargo handling equipment at container terminals", AgreementPhase.PHASE_1, SourceCategory.CHE),
    DRAYAGE("Drayage trucks", AgreementPhase.PHASE_1, SourceCategory.HDV),
    CHE_NON_CONTAINER("Cargo handling equipment at non-container terminals", AgreementPhase.PHASE_2,
            SourceCategory.CHE),
    LOCOMOTIVE_SWITCHER("Local switcher locomotives", AgreementPhase.PHASE_2, SourceCategory.LOCOMOTIVE),
    HARBOR_CRAFT("Harbor craft", AgreementPhase.PHASE_2, SourceCategory.HARBOR_CRAFT),
    OGV("Ocean-going vessels", AgreementPhase.PHASE_3, SourceCategory.OGV);

    private final String displayName;
    private final AgreementPhase phase;
    private final SourceCategory sourceCategory;

    AgreementCategory(String displayName, AgreementPhase phase, SourceCategory sourceCategory) {
        this.displayName = displayName;
        this.phase = phase;
        this.sourceCategory = sourceCategory;
    }

    @Override
    public String code() {
        return name();
    }

    public String displayName() {
        return displayName;
    }

    public AgreementPhase phase() {
        return phase;
    }

    public SourceCategory sourceCategory() {
        return sourceCategory;
    }
}
