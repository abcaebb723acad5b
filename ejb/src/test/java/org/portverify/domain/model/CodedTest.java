package org.portverify.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.AgreementPhase;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.MilestoneStatus;

/** The one lookup of a contract code: exact spelling only, for every coded enum. */
class CodedTest {

    @Test
    void everyConstantIsFoundByItsOwnCode() {
        List<Class<? extends Enum<?>>> types = List.of(CapacityUnit.class, SubCategory.class, SourceCategory.class,
                Pollutant.class, MassUnit.class, MilestoneKind.class, AgreementCategory.class, MilestoneStatus.class,
                AgreementPhase.class);
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertEquals(Optional.of(constant), lookUp(type, ((Coded) constant).code()), type + " " + constant);
            }
        }
    }

    @Test
    void codesAreTheContractSpellingNotTheConstantNames() {
        assertEquals(Optional.of(Pollutant.PM2_5), Coded.fromCode(Pollutant.class, "PM2.5"));
        assertEquals(Optional.empty(), Coded.fromCode(Pollutant.class, "PM2_5"));
        assertEquals(Optional.of(MassUnit.SHORT_TONS), Coded.fromCode(MassUnit.class, "short_tons"));
        assertEquals(Optional.of(AgreementPhase.PHASE_2), Coded.fromCode(AgreementPhase.class, "2"));
        assertEquals(Optional.empty(), Coded.fromCode(AgreementPhase.class, "PHASE_2"));
        assertEquals(Optional.empty(), Coded.fromCode(AgreementPhase.class, "02"));
    }

    @Test
    void caseMattersAndNothingIsTrimmed() {
        assertEquals(Optional.empty(), Coded.fromCode(Pollutant.class, "NOX"));
        assertEquals(Optional.empty(), Coded.fromCode(Pollutant.class, "nox"));
        assertEquals(Optional.of(Pollutant.NOX), Coded.fromCode(Pollutant.class, "NOx"));
        assertEquals(Optional.empty(), Coded.fromCode(SourceCategory.class, "ogv"));
        assertEquals(Optional.empty(), Coded.fromCode(SourceCategory.class, " OGV"));
        assertEquals(Optional.empty(), Coded.fromCode(MilestoneStatus.class, "completed"));
        assertEquals(Optional.empty(), Coded.fromCode(CapacityUnit.class, "mw"));
    }

    @Test
    void anUnknownEmptyOrMissingCodeIsEmpty() {
        assertEquals(Optional.empty(), Coded.fromCode(SubCategory.class, "TUGBOAT"));
        assertEquals(Optional.empty(), Coded.fromCode(MilestoneKind.class, ""));
        assertEquals(Optional.empty(), Coded.fromCode(AgreementCategory.class, null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<?> lookUp(Class<? extends Enum<?>> type, String code) {
        return Coded.fromCode((Class) type, code);
    }
}
