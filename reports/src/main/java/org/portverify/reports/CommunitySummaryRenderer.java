package org.portverify.reports;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Renders the one-page {@link CommunitySummary} in English, Spanish or Simplified Chinese: the fixed text from the
 * resource bundles {@value #BUNDLE}{@code [_es|_zh_CN].properties}, the figures formatted for the language
 * ({@link SummaryFigures}), on US Letter or A4, as a tagged PDF/A-1a with its fonts embedded. The template names one font
 * family, {@value #FAMILY}: DejaVu Sans (jasperreports-fonts) in English and Spanish, the system's Chinese font
 * ({@link ChineseTypeface}) in Chinese. The same summary and language always give the same bytes. Safe to share.
 */
public final class CommunitySummaryRenderer {

    static final String TEMPLATE = "community-summary";
    static final String BUNDLE = "org.portverify.reports.community-summary";
    static final String FAMILY = "PortVerify Summary";
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/DejaVuSans";

    /** English and Spanish: DejaVu Sans. */
    private static final AtomicReference<JasperReportsContext> LATIN = new AtomicReference<>();
    /** Chinese, by the font file configured: built once, for loading a collection of 20 MB is not free. */
    private static final Map<String, JasperReportsContext> CHINESE = new ConcurrentHashMap<>();

    /**
     * The summary in a language, on US Letter.
     *
     * @throws MissingFontException     for Chinese when the system has no font with Chinese glyphs
     * @throws ReportRenderingException when the fill or the export fails
     */
    public byte[] renderPdf(CommunitySummary summary, SummaryLanguage language) {
        return renderPdf(summary, language, PaperSize.DEFAULT);
    }

    /** As {@link #renderPdf(CommunitySummary, SummaryLanguage)}, on the given paper (the run's setting). */
    public byte[] renderPdf(CommunitySummary summary, SummaryLanguage language, PaperSize paper) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        JasperReportsContext context = context(language);
        try {
            return export(fill(summary, language, context, paper), summary, language, paper, context);
        } catch (JRException | RuntimeException e) {
            if (e instanceof ReportRenderingException || e instanceof MissingFontException) {
                throw (RuntimeException) e;
            }
            throw new ReportRenderingException("community summary " + summary.reportingYear() + " ("
                    + language.code() + "): " + e.getMessage(), e);
        }
    }

    /** The bundle of a language, without falling back to the server's own locale. */
    static ResourceBundle bundle(SummaryLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), CommunitySummaryRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static JasperPrint fill(CommunitySummary summary, SummaryLanguage language, JasperReportsContext context,
                            PaperSize paper) throws JRException {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, language.locale());
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle(language));
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        p.put("SUMMARY", summary);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CommunitySummary.Change change : summary.changes()) {
            Map<String, Object> row = new HashMap<>();
            row.put("pollutant", change.pollutant());
            row.put("sanPedroBay", change.sanPedroBay());
            row.put("losAngeles", change.losAngeles());
            row.put("longBeach", change.longBeach());
            rows.add(row);
        }
        return JasperFillManager.getInstance(context).fill(BoardReportRenderer.template(paper.template(TEMPLATE)),
                p, new JRMapCollectionDataSource(rows));
    }

    private static byte[] export(JasperPrint print, CommunitySummary summary, SummaryLanguage language,
                                 PaperSize paper, JasperReportsContext context) throws JRException {
        ResourceBundle text = bundle(language);
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(text.getString("title") + " " + summary.reportingYear());
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataSubject(text.getString("subject"));
        configuration.setMetadataCreator("PortVerify " + summary.softwareVersion());
        configuration.setTagged(true);
        configuration.setTagLanguage(language.locale().toLanguageTag());
        // PDF/A-1 forbids cross-reference streams (see BoardReportRenderer): no full compression.
        configuration.setCompressed(false);
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1A);
        configuration.setIccProfilePath(BoardReportRenderer.ICC_PROFILE);
        configuration.setEmbedIccProfile(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // the document id from what the summary says, in which language, on which paper: same summary, same bytes
        ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(context, summary.asOfDate(),
                summary + "/" + language.code() + "/" + paper.parameter());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    /** The context whose {@value #FAMILY} family sets the language's text. */
    static JasperReportsContext context(SummaryLanguage language) {
        if (language != SummaryLanguage.CHINESE) {
            return LATIN.updateAndGet(c -> c != null ? c : withFamily(latinFamily()));
        }
        // not cached while missing: a font installed later is found without a restart
        return CHINESE.computeIfAbsent(ChineseTypeface.wanted(), wanted -> withFamily(chineseFamily(
                ChineseTypeface.locate().orElseThrow(() -> new MissingFontException("The Chinese community summary "
                        + "needs a font with Chinese glyphs, and none was found at " + wanted)))));
    }

    private static JasperReportsContext withFamily(FontFamily family) {
        JasperReportsContext parent = DefaultJasperReportsContext.getInstance();
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(parent);
        List<FontFamily> families = new ArrayList<>();
        families.add(family);
        // a context's own extensions replace its parent's: keep the parent's fonts (DejaVu Sans of the templates)
        families.addAll(parent.getExtensions(FontFamily.class));
        context.setExtensions(FontFamily.class, families);
        return context;
    }

    private static FontFamily latinFamily() {
        SimpleFontFamily family = family();
        family.setNormalFace(face(DEJAVU + ".ttf", DEJAVU + ".ttf"));
        family.setBoldFace(face(DEJAVU + "-Bold.ttf", DEJAVU + "-Bold.ttf"));
        return family;
    }

    private static FontFamily chineseFamily(ChineseTypeface typeface) {
        SimpleFontFamily family = family();
        // the layout takes the face by its registered family name, the PDF from its file
        family.setNormalFace(face(typeface.family(), typeface.pdfName(typeface.file())));
        Path bold = typeface.bold();
        if (bold != null) {
            family.setBoldFace(face(typeface.family(), typeface.pdfName(bold)));
        }
        family.setLocales(Set.of("zh_CN"));
        return family;
    }

    private static SimpleFontFamily family() {
        SimpleFontFamily family = new SimpleFontFamily(DefaultJasperReportsContext.getInstance());
        family.setName(FAMILY);
        family.setPdfEncoding("Identity-H");
        family.setPdfEmbedded(true);
        return family;
    }

    /** A face: its font file (or the family name of a font the JVM knows) for the layout, its file for the PDF. */
    private static SimpleFontFace face(String ttf, String pdf) {
        SimpleFontFace face = new SimpleFontFace(DefaultJasperReportsContext.getInstance());
        face.setTtf(ttf);
        face.setPdf(pdf);
        return face;
    }
}
