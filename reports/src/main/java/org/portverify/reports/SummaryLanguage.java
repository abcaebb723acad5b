package org.portverify.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the community summary: English and the Spanish of the near-port communities (Wilmington, San Pedro,
 * West Long Beach), both as written in the United States, and Simplified Chinese for the partners of the transpacific
 * Memorandum of Cooperation.
 */
public enum SummaryLanguage {
    ENGLISH("en", "en-US"),
    SPANISH("es", "es-US"),
    CHINESE("zh", "zh-CN");

    private final String code;
    private final Locale locale;

    SummaryLanguage(String code, String languageTag) {
        this.code = code;
        this.locale = Locale.forLanguageTag(languageTag);
    }

    /** The code in addresses and file names: "en", "es", "zh". */
    public String code() {
        return code;
    }

    /** The locale its figures and dates are written in. */
    public Locale locale() {
        return locale;
    }

    /** The language of a code, if it is one of the three. */
    public static Optional<SummaryLanguage> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
