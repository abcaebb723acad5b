package org.portverify.reports;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Renders a {@link Receipt} (copy of record) to a tagged PDF/A-1a with its fonts embedded, reproducibly: the same
 * receipt gives the same bytes ({@link ReproduciblePdfExporter}, its date the receipt's, its document id derived from
 * the receipt's text). Stateless and safe to share.
 */
public final class ReceiptRenderer {

    static final String TEMPLATE = "receipt";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();

    public byte[] renderPdf(Receipt receipt) {
        Objects.requireNonNull(receipt, "receipt");
        try {
            return export(fill(receipt), receipt);
        } catch (JRException | RuntimeException e) {
            if (e instanceof ReportRenderingException) {
                throw (ReportRenderingException) e;
            }
            throw new ReportRenderingException("copy of record " + receipt.title() + ": " + e.getMessage(), e);
        }
    }

    JasperPrint fill(Receipt receipt) throws JRException {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, Locale.US);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        p.put("TITLE", receipt.title());
        p.put("STATEMENT", receipt.statement());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Receipt.Line line : receipt.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", line.label());
            row.put("value", line.value());
            row.put("code", line.code());
            rows.add(row);
        }
        return JasperFillManager.getInstance(context).fill(BoardReportRenderer.template(TEMPLATE), p,
                new JRMapCollectionDataSource(rows));
    }

    private byte[] export(JasperPrint print, Receipt receipt) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(receipt.title());
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataSubject("PortVerify copy of record of a certified submission");
        configuration.setMetadataCreator("PortVerify " + receipt.softwareVersion());
        configuration.setTagged(true);
        configuration.setTagLanguage("en-US");
        // PDF/A-1 forbids cross-reference streams (see BoardReportRenderer): no full compression.
        configuration.setCompressed(false);
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1A);
        configuration.setIccProfilePath(BoardReportRenderer.ICC_PROFILE);
        configuration.setEmbedIccProfile(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(context, receipt.date(), receipt.toString());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }
}
