package org.portverify.domain.run;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing a re-run found different from the original: what, and its value in each (null when absent). */
@Embeddable
public class Difference {

    @Column(name = "what", nullable = false, length = 500)
    private String what;

    @Column(name = "original_value", length = 1000)
    private String original;

    @Column(name = "rerun_value", length = 1000)
    private String rerun;

    protected Difference() {
    }

    public Difference(String what, String original, String rerun) {
        this.what = cut(Objects.requireNonNull(what, "what"), 500);
        this.original = cut(original, 1000);
        this.rerun = cut(rerun, 1000);
    }

    /** Long values (a trend with its points) are cut to what the columns hold, marked with an ellipsis. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public String getWhat() {
        return what;
    }

    public String getOriginal() {
        return original;
    }

    public String getRerun() {
        return rerun;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Difference d && what.equals(d.what) && Objects.equals(original, d.original)
                && Objects.equals(rerun, d.rerun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(what, original, rerun);
    }

    @Override
    public String toString() {
        return what + ": " + original + " -> " + rerun;
    }
}
