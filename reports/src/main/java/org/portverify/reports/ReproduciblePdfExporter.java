package org.portverify.reports;

import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * A {@link JRPdfExporter} whose output depends only on the report, never on the clock or on chance.
 *
 * <p>OpenPDF (used by jasperreports-pdf 7.0.3) puts three volatile things in every file; right before
 * the document is closed, this exporter pins them:
 * <ul>
 * <li>{@code /CreationDate} and {@code /ModDate} of the info dictionary (the clock): set to the
 * given date at 00:00 UTC, as soon as the writer exists, so that the PDF/A XMP packet (which copies them as
 * {@code xmp:CreateDate} and {@code xmp:ModifyDate}) says the same;</li>
 * <li>the trailer {@code /ID} (clock and free memory, {@code PdfEncryption.createDocumentId()}): OpenPDF
 * uses an info entry {@code /FileId} instead when present, so that entry is set to an id derived
 * from the given seed;</li>
 * <li>the six-letter tag before each embedded font subset's name ({@code BaseFont.createSubsetPrefix()},
 * drawn from a {@link SecureRandom}): each font of the document gets a {@link SubsetTagRandom} that
 * yields a tag derived from the font's name.</li>
 * </ul>
 * The font objects are OpenPDF's process-wide cached fonts, so the subset tags become deterministic
 * for every PDF this JVM writes with them, which harms nothing.
 */
final class ReproduciblePdfExporter extends JRPdfExporter {

    private final PdfDate pinnedDate;
    private final byte[] fileId;

    /**
     * @param context     the Jasper context
     * @param date        the creation and modification date to write (00:00 UTC of that day)
     * @param fileIdSeed  what the document id is derived from (same seed, same id)
     */
    ReproduciblePdfExporter(JasperReportsContext context, LocalDate date, String fileIdSeed) {
        super(context);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        this.pinnedDate = new PdfDate(calendar);
        this.fileId = Arrays.copyOf(sha256(fileIdSeed), 16);
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ClassicPdfProducer(createPdfProducerContext()) {
            @Override
            public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
                PdfDocumentWriter created = super.createWriter(out);
                // Before the exporter writes the PDF/A XMP packet, which copies both dates from the info dictionary.
                PdfDictionary info = getPdfWriter().getInfo();
                info.put(PdfName.CREATIONDATE, pinnedDate);
                info.put(PdfName.MODDATE, pinnedDate);
                return created;
            }

            @Override
            public void close() {
                PdfWriter writer = getPdfWriter();
                if (writer != null) {
                    pin(writer);
                }
                super.close();
            }
        };
    }

    private void pin(PdfWriter writer) {
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, pinnedDate);
        info.put(PdfName.MODDATE, pinnedDate);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        for (BaseFont font : documentFonts(writer).keySet()) {
            font.setSecureRandom(new SubsetTagRandom(font.getPostscriptFontName()));
        }
    }

    /*
     * The fonts of a document are only reachable through the protected field PdfWriter.documentFonts.
     * Should a later OpenPDF rename it, the PDF is still written, only with random subset tags (the
     * byte-identity test then fails): reproducibility never stops a report from rendering.
     */
    private static final Field DOCUMENT_FONTS = documentFontsField();

    private static Field documentFontsField() {
        try {
            Field field = PdfWriter.class.getDeclaredField("documentFonts");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<BaseFont, ?> documentFonts(PdfWriter writer) {
        if (DOCUMENT_FONTS == null) {
            return Map.of();
        }
        try {
            Object fonts = DOCUMENT_FONTS.get(writer);
            return fonts instanceof Map ? (Map<BaseFont, ?>) fonts : Map.of();
        } catch (IllegalAccessException e) {
            return Map.of();
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * Feeds {@code BaseFont.createSubsetPrefix()}, which draws six {@code nextDouble()} values and
     * maps each to a letter {@code A..Z}: the six letters come from a hash of the font name. A
     * per-thread position keeps concurrent documents from disturbing each other's sequence.
     */
    static final class SubsetTagRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private static final int TAG_LENGTH = 6;

        private final int[] letters = new int[TAG_LENGTH];
        private final transient ThreadLocal<int[]> position = ThreadLocal.withInitial(() -> new int[1]);

        SubsetTagRandom(String fontName) {
            byte[] hash = sha256(String.valueOf(fontName));
            for (int i = 0; i < TAG_LENGTH; i++) {
                letters[i] = Math.floorMod(hash[i], 26);
            }
        }

        @Override
        public double nextDouble() {
            int[] p = position.get();
            int i = p[0];
            p[0] = (i + 1) % TAG_LENGTH;
            return (letters[i] + 0.5) / 26.0;
        }
    }
}
