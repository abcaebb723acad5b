package org.portverify.reports;

import java.util.Locale;

/**
 * The paper the Board report and the community summary are laid out on: US Letter, the regulator's, by default; A4
 * when a run asks for it. Each template is designed on Letter; the build compiles an A4 variant of it
 * ({@code <name>-a4.jasper}, see {@code TemplateCompiler}): the same column, centred, the page taller.
 */
public enum PaperSize {
    LETTER("letter", 612, 792, ""),
    A4("a4", 595, 842, "-a4");

    /** The paper of a run that names none: the regulator is in the United States. */
    public static final PaperSize DEFAULT = LETTER;

    private final String parameter;
    private final int width;
    private final int height;
    private final String templateSuffix;

    PaperSize(String parameter, int width, int height, String templateSuffix) {
        this.parameter = parameter;
        this.width = width;
        this.height = height;
        this.templateSuffix = templateSuffix;
    }

    /** The job parameter's value: {@code letter} or {@code a4}. */
    public String parameter() {
        return parameter;
    }

    /** Width in PDF points (1/72 inch). */
    public int width() {
        return width;
    }

    /** Height in PDF points. */
    public int height() {
        return height;
    }

    /** The compiled template of this paper. */
    String template(String name) {
        return name + templateSuffix;
    }

    /** The paper a job parameter names, in any case; IllegalArgumentException for another. */
    public static PaperSize fromParameter(String text) {
        for (PaperSize paper : values()) {
            if (paper.parameter.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return paper;
            }
        }
        throw new IllegalArgumentException("paper size '" + text + "': letter or a4");
    }
}
