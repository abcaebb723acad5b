package org.portverify.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font file the Chinese community summary is set in. No font that carries Chinese glyphs is published on Maven
 * Central in a form JasperReports can embed, so it comes from the system: by default Debian's {@code fonts-noto-cjk}
 * (Noto Sans CJK, its Simplified Chinese face), or the file named by the system property
 * {@value #PROPERTY}. A collection (.ttc) names its face by index, as the PDF library expects: {@code file.ttc,2}.
 *
 * <p>JasperReports reads .ttf and .otf files, not collections, so the face is registered with the JVM's graphics
 * environment and named by its family ({@link #family}) for the layout; the PDF embeds it from the file.
 *
 * @param file   the font file
 * @param index  the face's index in a collection, or -1 for a single font file
 * @param family the face's family name, as registered with the JVM: "Noto Sans CJK SC"
 * @param bold   the bold face's file, when there is one beside it (same index)
 */
record ChineseTypeface(Path file, int index, String family, Path bold) {

    /** The system property naming the font file (a TrueType or OpenType font, or a collection). */
    static final String PROPERTY = "portverify.fonts.chinese";
    static final Path DEBIAN_NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    /** Where other distributions put the same file (Fedora's google-noto-sans-cjk-fonts, Arch's noto-fonts-cjk). */
    static final List<Path> ELSEWHERE = List.of(
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"));
    /** Glyphs the summary cannot do without: those of its Chinese title. */
    private static final String SAMPLE = "圣佩德罗湾港口的清洁空气";

    /** The configured (or default) font, if its file is there and carries the Chinese glyphs. */
    static Optional<ChineseTypeface> locate() {
        String configured = System.getProperty(PROPERTY);
        Path file = configured == null || configured.isBlank()
                ? Stream.concat(Stream.of(DEBIAN_NOTO), ELSEWHERE.stream()).filter(Files::isReadable).findFirst()
                        .orElse(DEBIAN_NOTO)
                : Path.of(configured.trim());
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            Font[] faces = Font.createFonts(file.toFile());
            int index = simplifiedChinese(faces);
            if (index < 0) {
                return Optional.empty();
            }
            GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
            graphics.registerFont(faces[index]);
            Path bold = file.resolveSibling(file.getFileName().toString().replace("Regular", "Bold"));
            boolean hasBold = !bold.equals(file) && Files.isReadable(bold);
            if (hasBold) {
                Font[] boldFaces = Font.createFonts(bold.toFile());
                hasBold = boldFaces.length > index;
                if (hasBold) {
                    graphics.registerFont(boldFaces[index]);
                }
            }
            boolean collection = faces.length > 1 || file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
            return Optional.of(new ChineseTypeface(file, collection ? index : -1,
                    faces[index].getFamily(Locale.ROOT), hasBold ? bold : null));
        } catch (IOException | FontFormatException e) {
            return Optional.empty();
        }
    }

    /** Where to look, for the message that says the font is missing. */
    static String wanted() {
        String configured = System.getProperty(PROPERTY);
        return configured == null || configured.isBlank()
                ? DEBIAN_NOTO + " (Debian package fonts-noto-cjk), or a font file named by -D" + PROPERTY
                : configured + " (-D" + PROPERTY + ")";
    }

    /** The face a PDF names: the file, with ",index" for a face of a collection. */
    String pdfName(Path face) {
        return face.toString() + (index < 0 ? "" : "," + index);
    }

    /**
     * The Simplified Chinese face of a collection (Noto's "… SC"), else the first face that carries the sample's
     * glyphs; -1 when none does.
     */
    private static int simplifiedChinese(Font[] faces) {
        for (int i = 0; i < faces.length; i++) {
            if (faces[i].getFamily(Locale.ROOT).endsWith(" SC") && faces[i].canDisplayUpTo(SAMPLE) < 0) {
                return i;
            }
        }
        return Arrays.stream(faces).filter(f -> f.canDisplayUpTo(SAMPLE) < 0).findFirst()
                .map(f -> Arrays.asList(faces).indexOf(f)).orElse(-1);
    }
}
