package org.portverify.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How the community summary writes a figure in a language: the JDK's own formats for the locale (CLDR), never text
 * assembled by hand, so "-91%" is "-91 %" in Spanish and a dollar amount is "US$100,000" in Chinese. The templates
 * call these from their expressions.
 */
public final class SummaryFigures {

    private static final Currency DOLLAR = Currency.getInstance("USD");

    private SummaryFigures() {
    }

    /** A change as a signed whole percent ("+4%", "-91 %"), or the locale's "not reported" when null. */
    public static String change(BigDecimal fraction, Locale locale, String notReported) {
        if (fraction == null) {
            return notReported;
        }
        DecimalFormat percent = (DecimalFormat) NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        if (fraction.signum() > 0) {
            // an increase is said with its sign, as a decrease is; no change is plain "0%", as in the Board report
            percent.setPositivePrefix(percent.getPositivePrefix() + "+");
        }
        return percent.format(fraction);
    }

    /** An amount in US dollars, whole: "$150,000" in English, "US$150,000" in Chinese. */
    public static String dollars(BigDecimal amount, Locale locale) {
        NumberFormat currency = NumberFormat.getCurrencyInstance(locale);
        currency.setCurrency(DOLLAR);
        currency.setMaximumFractionDigits(0);
        currency.setMinimumFractionDigits(0);
        return currency.format(amount);
    }

    /** A date written out in the locale: "March 31, 2026", "31 de marzo de 2026", "2026年3月31日". */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
