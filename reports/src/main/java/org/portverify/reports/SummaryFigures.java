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

    /**
     * A figure's change as a signed whole percent ("+4%", "-91 %"), marked "*" when it rests on a partial inventory;
     * the locale's "not reported" when there is none.
     */
    public static String change(ChangeFigure figure, Locale locale, String notReported) {
        if (figure == null) {
            return notReported;
        }
        return change(figure.change(), locale) + (figure.partial() ? " *" : "");
    }

    /** A change as a signed whole percent: "+4%", "-91 %", "0%". */
    static String change(BigDecimal fraction, Locale locale) {
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
