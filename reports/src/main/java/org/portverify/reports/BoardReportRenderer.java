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
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

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

    private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();

    /**
     * Renders the report.
     *
     * @param model the figures and provenance, display-ready
     * @return the PDF file's bytes
     * @throws ReportRenderingException ({@code PV-5001 ...}) if a template is missing or the fill or
     *                                  export fails
     */
    public byte[] renderPdf(BoardReportModel model) {
        Objects.requireNonNull(model, "model");
        try {
            return export(fill(model), model);
        } catch (JRException | RuntimeException e) {
            if (e instanceof ReportRenderingException) {
                throw (ReportRenderingException) e;
            }
            throw new ReportRenderingException("reporting year " + model.reportingYear() + ": " + e.getMessage(), e);
        }
    }

    /** Fills the templates: the laid-out pages, before export (package-private for the tests). */
    JasperPrint fill(BoardReportModel model) throws JRException {
        return fill(model, context);
    }

    /** Fills the templates with the given context (the tests use one that records clipped text). */
    static JasperPrint fill(BoardReportModel model, JasperReportsContext context) throws JRException {
        return JasperFillManager.getInstance(context).fill(template(MAIN), parameters(model), new JREmptyDataSource(1));
    }

    /** The title written to the PDF's metadata. */
    static String documentTitle(BoardReportModel model) {
        return "PortVerify Governing Board Report " + model.reportingYear();
    }

    private static Map<String, Object> parameters(BoardReportModel model) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, Locale.US);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        p.put("REPORTING_YEAR", model.reportingYear());
        p.put("AS_OF_DATE", model.asOfDate().toString());
        p.put("STATUS", model.status());
        p.put("EXECUTION_ID", Long.toString(model.executionId()));
        p.put("SOFTWARE_VERSION", model.softwareVersion());
        p.put("DATA_DIGEST", model.dataDigest());
        p.put("REDUCTIONS", rows(model.reductions(), r -> row(
                "entity", r.entity(), "pollutant", r.pollutant(), "unit", r.unit(),
                "baselineTons", r.baselineTons(), "tons", r.tons(), "change", r.change(),
                "changePer10kTeu", r.changePer10kTeu())));
        p.put("TRENDS", rows(model.trends(), t -> row(
                "entity", t.entity(), "dataYear", Integer.toString(t.dataYear()), "dpm", t.dpm(),
                "nox", t.nox(), "sox", t.sox(), "pm25", t.pm25(), "co2e", t.co2e())));
        p.put("REJECTED", rows(model.rejected(), r -> row(
                "port", r.port(), "file", r.file(), "line", Long.toString(r.line()), "field", r.field(),
                "code", r.code(), "reason", r.reason())));
        p.put("INPUTS", rows(model.inputs(), i -> row(
                "port", i.port(), "file", i.file(), "sha256", i.sha256())));
        p.put("RULES_VERSION", model.rulesVersion());
        p.put("MILESTONES", rows(model.milestones(), m -> row(
                "port", m.port(), "phase", m.phase(), "category", m.category(), "item", m.item(),
                "title", m.title(), "dueDate", m.dueDate(), "completedDate", m.completedDate(),
                "status", m.status(), "note", m.note())));
        p.put("DEFAULTS", rows(model.defaults(), d -> row(
                "port", d.port(), "rule", d.rule(), "dueDate", d.dueDate(), "statusFound", d.statusFound(),
                "charge", d.charge(), "amount", d.amount())));
        p.put("PENALTY_TOTALS", rows(model.penaltyTotals(), t -> row(
                "port", t.port(), "thisYear", t.thisYear(), "toDate", t.toDate())));
        p.put("REDUCTIONS_REPORT", template(REDUCTIONS));
        p.put("TRENDS_REPORT", template(TRENDS));
        p.put("REJECTED_REPORT", template(REJECTED));
        p.put("INPUTS_REPORT", template(INPUTS));
        p.put("MILESTONES_REPORT", template(MILESTONES));
        p.put("DEFAULTS_REPORT", template(DEFAULTS));
        p.put("PENALTY_TOTALS_REPORT", template(PENALTY_TOTALS));
        return p;
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
        configuration.setMetadataCreator("PortVerify " + model.softwareVersion());
        configuration.setTagged(true);
        configuration.setTagLanguage("en-US");
        configuration.setCompressed(true);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(context, model.asOfDate(), model.toString());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
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
