package org.portverify.reports;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Renders the Governing Board report to PDF.
 *
 * <p>The templates are the {@code .jasper} files compiled at build time from
 * {@code src/main/jasperreports/*.jrxml}; they are read from the classpath
 * ({@code /org/portverify/reports/}) once per class loader and shared. Instances hold no state and
 * are safe to share between threads.
 *
 * <p>The same model always gives the same bytes: see {@link ReproduciblePdfExporter}.
 */
public final class BoardReportRenderer {

    /** Classpath folder of the compiled templates. */
    static final String TEMPLATE_FOLDER = "/org/portverify/reports/";
    static final String MAIN = "board-report";
    static final String REDUCTIONS = "board-reductions";
    static final String TRENDS = "board-trends";
    static final String REJECTED = "board-rejected";
    static final String INPUTS = "board-inputs";
    static final String MILESTONES = "board-milestones";
    static final String DEFAULTS = "board-defaults";
    static final String PENALTY_TOTALS = "board-penalty-totals";
    static final String PARAGRAPHS = "board-paragraphs";
    static final String KEY_FIGURES = "board-key-figures";
    static final String CATEGORIES = "board-categories";
    static final String STANDARDS = "board-standards";
    static final String ZERO_EMISSION = "board-zero-emission";
    static final String PROJECTIONS = "board-projections";
    static final String SUBMISSIONS = "board-submissions";
    static final String QA_FLAGS = "board-qa-flags";
    static final String CHARTS = "board-charts";
    static final String CONTENTS = "board-contents";
    static final String OPINIONS = "board-opinions";
    static final String CLAIMS = "board-claims";
    /** Every template, the main one first. */
    static final List<String> ALL_TEMPLATES = List.of(MAIN, REDUCTIONS, TRENDS, REJECTED, INPUTS, MILESTONES,
            DEFAULTS, PENALTY_TOTALS, PARAGRAPHS, KEY_FIGURES, CATEGORIES, STANDARDS, ZERO_EMISSION, PROJECTIONS,
            SUBMISSIONS, QA_FLAGS, CHARTS, CONTENTS, OPINIONS, CLAIMS);
    /** The sRGB ICC profile the build copies from the JDK next to the templates: the PDF/A output intent. */
    static final String ICC_PROFILE = "org/portverify/reports/sRGB.icc";
    /** The anchor of each heading: the contents and the PDF outline point at it. */
    static final String ANCHOR_PREFIX = "section-";

    private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();

    /**
     * Renders the report.
     *
     * @param model the figures and provenance, display-ready
     * @return the PDF file's bytes
     * @throws ReportRenderingException if a template is missing or the fill or export fails (the application
     *                                  answers it with PV-5001)
     */
    public byte[] renderPdf(BoardReportModel model) {
        return renderPdf(model, PaperSize.DEFAULT);
    }

    /**
     * Renders the report on the given paper.
     *
     * @param model the figures and provenance, display-ready
     * @param paper US Letter or A4 (the run's setting)
     * @return the PDF file's bytes
     * @throws ReportRenderingException as {@link #renderPdf(BoardReportModel)}
     */
    public byte[] renderPdf(BoardReportModel model, PaperSize paper) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(paper, "paper");
        try {
            return export(fill(model, context, paper), model);
        } catch (JRException | RuntimeException e) {
            if (e instanceof ReportRenderingException) {
                throw (ReportRenderingException) e;
            }
            throw new ReportRenderingException("reporting year " + model.identity().reportingYear() + ": " + e.getMessage(), e);
        }
    }

    /** Fills the templates on the default paper: the laid-out pages, before export (package-private for the tests). */
    JasperPrint fill(BoardReportModel model) throws JRException {
        return fill(model, context, PaperSize.DEFAULT);
    }

    /** Fills the templates with the given context (the tests use one that records clipped text) and paper. */
    static JasperPrint fill(BoardReportModel model, JasperReportsContext context, PaperSize paper)
            throws JRException {
        // First pass with blank page numbers to find where each section starts; the contents take the same room
        // either way, so the second pass lays every page out exactly as the first.
        JasperPrint draft = fillOnce(model, context, paper, Map.of());
        return fillOnce(model, context, paper, sectionPages(draft));
    }

    private static JasperPrint fillOnce(BoardReportModel model, JasperReportsContext context, PaperSize paper,
                                        Map<String, Integer> pages) throws JRException {
        // only the main template has a page; the subreports are as wide as its column on either paper
        return JasperFillManager.getInstance(context).fill(template(paper.template(MAIN)), parameters(model, pages),
                new JREmptyDataSource(1));
    }

    /** The page (from 1) of each anchored heading of a fill. */
    static Map<String, Integer> sectionPages(JasperPrint print) {
        Map<String, Integer> pages = new HashMap<>();
        List<JRPrintPage> all = print.getPages();
        for (int i = 0; i < all.size(); i++) {
            for (JRPrintElement element : all.get(i).getElements()) {
                if (element instanceof JRPrintAnchor anchor && anchor.getAnchorName() != null
                        && anchor.getAnchorName().startsWith(ANCHOR_PREFIX)) {
                    pages.putIfAbsent(anchor.getAnchorName(), i + 1);
                }
            }
        }
        return pages;
    }

    /**
     * The headings: the key is the anchor's suffix ("S" summary, "C" contents, "V" the verification opinion when the
     * run formed one, "1".."9" the sections).
     */
    static Map<String, String> headings(BoardReportModel model) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("S", "Executive summary");
        h.put("C", "Contents");
        if (!model.verification().opinions().isEmpty()) {
            // a run from before opinions were formed renders as it always did
            h.put("V", "Verification opinion");
        }
        h.put("1", "1. Emission reductions vs 2005, data year " + model.identity().reportingYear());
        h.put("2", "2. Change vs 2005 by data year");
        h.put("3", "3. Emissions by source category, data year " + model.identity().reportingYear());
        h.put("4", "4. CAAP standards and goals");
        h.put("5", "5. Trends and projections");
        h.put("6", "6. Ocean-going vessels");
        h.put("7", "7. Cooperative Agreement compliance");
        h.put("8", "8. Data quality");
        h.put("9", "9. Provenance");
        return h;
    }

    /** The title written to the PDF's metadata. */
    static String documentTitle(BoardReportModel model) {
        return "PortVerify Governing Board Report " + model.identity().reportingYear();
    }

    private static Map<String, Object> parameters(BoardReportModel model, Map<String, Integer> pages) {
        Map<String, Object> p = new HashMap<>();
        ReportIdentity identity = model.identity();
        HeadlineSection headline = model.headline();
        ProvenanceSection provenance = model.provenance();
        ComplianceSection compliance = model.compliance();
        ProgressSection progress = model.progress();
        DataQualitySection dataQuality = model.dataQuality();
        Map<String, String> headings = headings(model);
        headings.forEach((key, title) -> p.put("H" + key, title));
        List<Map<String, ?>> contents = new ArrayList<>();
        headings.forEach((key, title) -> {
            if (!key.equals("C")) {
                int dot = title.indexOf(". ");
                boolean numbered = Character.isDigit(key.charAt(0));
                Integer page = pages.get(ANCHOR_PREFIX + key);
                contents.add(row("number", numbered ? key : "", "title", numbered ? title.substring(dot + 2) : title,
                        "page", page == null ? "" : page.toString(), "anchor", ANCHOR_PREFIX + key));
            }
        });
        p.put("CONTENTS", contents);
        p.put("CONFORMANCE", identity.conformance() == ReportConformance.PDF_A_1A ? "PDF/A-1a" : "Tagged PDF");
        p.put("SUMMARY", rows(model.executiveSummary().summary(), t -> row("text", t)));
        p.put("KEY_FIGURES", rows(model.executiveSummary().keyFigures(), BoardReportRenderer::figure));
        p.put("OGV_FIGURES", rows(model.oceanGoingVessels().ogvFigures(), BoardReportRenderer::figure));
        p.put("CATEGORIES", rows(model.sourceCategories().categories(), BoardReportRenderer::category));
        p.put("OGV", rows(model.oceanGoingVessels().ogv(), BoardReportRenderer::category));
        p.put("STANDARDS", rows(progress.standards(), r -> row("standard", r.standard(), "entity", r.entity(),
                "basis", r.basis(), "dataYear", r.dataYear(), "achieved", r.achieved(), "status", r.status(),
                "margin", r.margin())));
        p.put("ZERO_EMISSION", rows(progress.zeroEmission(), r -> row("entity", r.entity(), "category", r.category(),
                "dataYear", r.dataYear(), "units", r.units(), "share", r.share(), "goal", r.goal(),
                "status", r.status(), "neededPerYear", r.neededPerYear(), "projection", r.projection())));
        p.put("PROJECTIONS", rows(progress.projections(), r -> row("entity", r.entity(), "pollutant", r.pollutant(),
                "method", r.method(), "slope", r.slope(), "target", r.target(), "projection", r.projection())));
        p.put("SUBMISSIONS", rows(dataQuality.submissions(), r -> row("port", r.port(), "version", r.version(),
                "edition", r.edition(), "submittedOn", r.submittedOn(), "status", r.status(),
                "received", r.received(), "packageSha256", r.packageSha256())));
        p.put("QA_FLAGS", rows(dataQuality.qaFlags(), r -> row("level", r.level(), "code", r.code(),
                "entity", r.entity(), "series", r.series(), "dataYear", r.dataYear(), "message", r.message())));
        p.put("RESTATEMENTS", rows(dataQuality.restatements(), t -> row("text", t)));
        p.put("OPINION_SUMMARY", model.verification().summary());
        p.put("OPINIONS", rows(model.verification().opinions(), r -> row("entity", r.entity(),
                "opinion", r.opinion(), "reason", r.reason())));
        p.put("CLAIMS_NOTE", model.verification().claimsNote());
        p.put("CLAIMS", rows(model.verification().claims(), r -> row("entity", r.entity(), "claim", r.claim(),
                "claimed", r.claimed(), "recomputed", r.recomputed(), "outcome", r.outcome())));
        List<Map<String, ?>> charts = new ArrayList<>();
        for (int i = 0; i < model.charts().size(); i++) {
            Chart chart = model.charts().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", chart.title());
            row.put("caption", chart.caption());
            row.put("drawing", new ChartDrawing(chart, i));
            charts.add(row);
        }
        p.put("CHARTS", charts);
        p.put(JRParameter.REPORT_LOCALE, Locale.US);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        p.put("REPORTING_YEAR", identity.reportingYear());
        p.put("AS_OF_DATE", identity.asOfDate().toString());
        p.put("STATUS", identity.status());
        p.put("EXECUTION_ID", Long.toString(identity.executionId()));
        p.put("SOFTWARE_VERSION", identity.softwareVersion());
        p.put("DATA_DIGEST", identity.dataDigest());
        p.put("AUDIT_HEAD", identity.auditHead());
        p.put("REDUCTIONS", rows(headline.reductions(), r -> row(
                "entity", r.entity(), "pollutant", r.pollutant(), "unit", r.unit(),
                "baselineTons", r.baselineTons(), "tons", r.tons(), "change", r.change(),
                "changePer10kTeu", r.changePer10kTeu())));
        p.put("TRENDS", rows(headline.trends(), t -> row(
                "entity", t.entity(), "dataYear", Integer.toString(t.dataYear()), "dpm", t.dpm(),
                "nox", t.nox(), "sox", t.sox(), "pm25", t.pm25(), "co2e", t.co2e())));
        p.put("REJECTED", rows(provenance.rejected(), r -> row(
                "port", r.port(), "file", r.file(), "line", Long.toString(r.line()), "field", r.field(),
                "code", r.code(), "reason", r.reason())));
        p.put("INPUTS", rows(provenance.inputs(), i -> row(
                "port", i.port(), "file", i.file(), "sha256", i.sha256())));
        p.put("RULES_VERSION", compliance.rulesVersion());
        p.put("MILESTONES", rows(compliance.milestones(), m -> row(
                "port", m.port(), "phase", m.phase(), "category", m.category(), "item", m.item(),
                "title", m.title(), "dueDate", m.dueDate(), "completedDate", m.completedDate(),
                "status", m.status(), "note", m.note())));
        p.put("DEFAULTS", rows(compliance.defaults(), d -> row(
                "port", d.port(), "rule", d.rule(), "dueDate", d.dueDate(), "statusFound", d.statusFound(),
                "charge", d.charge(), "amount", d.amount())));
        p.put("PENALTY_TOTALS", rows(compliance.penaltyTotals(), t -> row(
                "port", t.port(), "thisYear", t.thisYear(), "toDate", t.toDate())));
        p.put("REDUCTIONS_REPORT", template(REDUCTIONS));
        p.put("TRENDS_REPORT", template(TRENDS));
        p.put("REJECTED_REPORT", template(REJECTED));
        p.put("INPUTS_REPORT", template(INPUTS));
        p.put("MILESTONES_REPORT", template(MILESTONES));
        p.put("DEFAULTS_REPORT", template(DEFAULTS));
        p.put("PENALTY_TOTALS_REPORT", template(PENALTY_TOTALS));
        p.put("PARAGRAPHS_REPORT", template(PARAGRAPHS));
        p.put("KEY_FIGURES_REPORT", template(KEY_FIGURES));
        p.put("CATEGORIES_REPORT", template(CATEGORIES));
        p.put("STANDARDS_REPORT", template(STANDARDS));
        p.put("ZERO_EMISSION_REPORT", template(ZERO_EMISSION));
        p.put("PROJECTIONS_REPORT", template(PROJECTIONS));
        p.put("SUBMISSIONS_REPORT", template(SUBMISSIONS));
        p.put("QA_FLAGS_REPORT", template(QA_FLAGS));
        p.put("CHARTS_REPORT", template(CHARTS));
        p.put("CONTENTS_REPORT", template(CONTENTS));
        p.put("OPINIONS_REPORT", template(OPINIONS));
        p.put("CLAIMS_REPORT", template(CLAIMS));
        return p;
    }

    private static Map<String, ?> figure(KeyFigure f) {
        return row("label", f.label(), "value", f.value(), "note", f.note());
    }

    private static Map<String, ?> category(CategoryRow r) {
        return row("entity", r.entity(), "category", r.category(), "pollutant", r.pollutant(), "unit", r.unit(),
                "tons", r.tons(), "change2005", r.change2005(), "change2017", r.change2017(),
                "tonsPer10kTeu", r.tonsPer10kTeu(), "per10kTeuChange2005", r.per10kTeuChange2005(),
                "per10kTeuChange2017", r.per10kTeuChange2017());
    }

    /*
     * Rows go to the templates as maps (JRMapCollectionDataSource): JasperReports 7.0.3 reads bean
     * fields through commons-beanutils PropertyUtils, which only knows getX() accessors, not record
     * components.
     */
    private static <T> List<Map<String, ?>> rows(List<T> items, Function<T, Map<String, ?>> mapper) {
        List<Map<String, ?>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(mapper.apply(item));
        }
        return rows;
    }

    private static Map<String, ?> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private byte[] export(JasperPrint print, BoardReportModel model) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(documentTitle(model));
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataSubject("San Pedro Bay Ports: Cooperative Agreement and Clean Air Action Plan verification");
        configuration.setMetadataCreator("PortVerify " + model.identity().softwareVersion());
        configuration.setTagged(true);
        configuration.setTagLanguage("en-US");
        configuration.setCompressed(true);
        if (model.identity().conformance() == ReportConformance.PDF_A_1A) {
            // Full compression writes cross-reference streams, which PDF/A-1 forbids (veraPDF rule 6.1.4-3); the
            // page content is still deflated.
            configuration.setCompressed(false);
            configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1A);
            configuration.setIccProfilePath(ICC_PROFILE);
            configuration.setEmbedIccProfile(true);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(context, model.identity().asOfDate(),
                fileIdSeed(model));
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    /**
     * What the PDF's document id is derived from: the text of the model as it was before the model was grouped into
     * sections (every figure and digest, in the former component order), so that a report stored before and its
     * faithful re-run after the grouping still give the same bytes. Any change to the figures changes the id.
     */
    static String fileIdSeed(BoardReportModel model) {
        ReportIdentity identity = model.identity();
        HeadlineSection headline = model.headline();
        ProvenanceSection provenance = model.provenance();
        ComplianceSection compliance = model.compliance();
        ExecutiveSummary summary = model.executiveSummary();
        ProgressSection progress = model.progress();
        OgvSection ogv = model.oceanGoingVessels();
        DataQualitySection dataQuality = model.dataQuality();
        Object[] components = {
            "reportingYear", identity.reportingYear(), "asOfDate", identity.asOfDate(), "status", identity.status(),
            "executionId", identity.executionId(), "softwareVersion", identity.softwareVersion(),
            "dataDigest", identity.dataDigest(), "reductions", headline.reductions(), "trends", headline.trends(),
            "inputs", provenance.inputs(), "rejected", provenance.rejected(),
            "rulesVersion", compliance.rulesVersion(), "milestones", compliance.milestones(),
            "defaults", compliance.defaults(), "penaltyTotals", compliance.penaltyTotals(),
            "conformance", identity.conformance(), "summary", summary.summary(), "keyFigures", summary.keyFigures(),
            "categories", model.sourceCategories().categories(), "standards", progress.standards(),
            "zeroEmission", progress.zeroEmission(), "projections", progress.projections(), "ogv", ogv.ogv(),
            "ogvFigures", ogv.ogvFigures(), "submissions", dataQuality.submissions(),
            "qaFlags", dataQuality.qaFlags(), "restatements", dataQuality.restatements(), "charts", model.charts()};
        StringBuilder text = new StringBuilder("BoardReportModel[");
        for (int i = 0; i < components.length; i += 2) {
            text.append(i == 0 ? "" : ", ").append(components[i]).append('=').append(components[i + 1]);
        }
        if (identity.auditHead() != null) {
            // Only when printed: a report of a run from before the audit trail keeps its document id.
            text.append(", auditHead=").append(identity.auditHead());
        }
        return text.append(']').toString();
    }

    /** Loads a compiled template once and caches it (the cache is shared by all instances). */
    static JasperReport template(String name) {
        return TEMPLATES.computeIfAbsent(name, BoardReportRenderer::load);
    }

    private static JasperReport load(String name) {
        String resource = TEMPLATE_FOLDER + name + ".jasper";
        try (InputStream in = BoardReportRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException("compiled template " + resource + " is not on the classpath"
                        + " (the build compiles src/main/jasperreports/*.jrxml in process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (JRException | java.io.IOException | ClassCastException e) {
            throw new ReportRenderingException("cannot load compiled template " + resource + ": " + e.getMessage(), e);
        }
    }
}
