package org.portverify.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.model.Coded;
import org.portverify.domain.model.SourceCategory;

/** The agreement's phases and categories as the domain facts give them, and when a milestone is late. */
class AgreementTest {

    @ParameterizedTest(name = "{0}: phase {1}, {2}")
    @CsvSource({
            "CHE_CONTAINER,       1, CHE",
            "DRAYAGE,             1, HDV",
            "CHE_NON_CONTAINER,   2, CHE",
            "LOCOMOTIVE_SWITCHER, 2, LOCOMOTIVE",
            "HARBOR_CRAFT,        2, HARBOR_CRAFT",
            "OGV,                 3, OGV",
    })
    void everyCategoryHasItsPhaseAndSourceCategory(AgreementCategory category, int phase, SourceCategory source) {
        assertEquals(phase, category.phase().number());
        assertEquals(source, category.sourceCategory());
    }

    @ParameterizedTest(name = "phase {0}: approved plan due {1}")
    @CsvSource({"1, 2027-12-31", "2, 2028-12-31", "3, 2029-12-31"})
    void approvedPlansAreDueAtTheEndOf2027To2029(String phase, LocalDate due) {
        assertEquals(due, Coded.fromCode(AgreementPhase.class, phase).orElseThrow().approvedPlanDue());
    }

    @ParameterizedTest(name = "due {0}, completed [{1}], as of {2}: late {3}")
    @CsvSource({
            "2025-12-01, ,           2025-11-30, false", // not due yet
            "2025-12-01, ,           2025-12-01, true",  // due that day and not completed by its end
            "2025-12-01, ,           2025-12-31, true",
            "2025-12-01, 2025-12-01, 2025-12-31, false", // completed on the due date
            "2025-12-01, 2025-11-20, 2025-12-31, false", // completed early
            "2025-12-01, 2025-12-02, 2025-12-31, true",  // completed a day late: stays late
    })
    void lateMeansCompletedAfterTheDueDateOrNotCompletedOnceDue(LocalDate due, LocalDate completed,
                                                                LocalDate asOf, boolean late) {
        assertEquals(late, Milestone.isLate(due, completed, asOf));
    }
}
