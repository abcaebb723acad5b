package org.portverify.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** A value that submissions spell with a code of the data contract. */
public interface Coded {
    String code();

    /**
     * The constant of {@code type} spelt exactly {@code code} (case matters, as the data contract spells it); empty
     * for any other text or null. The caller decides which refusal an unknown code is.
     */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
