package org.portverify.domain.report;

import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The Governing Board PDF a verification run produced, stored with its own SHA-256 so it can be verified later. */
@Entity
@Table(name = "board_report")
public class BoardReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_report_seq")
    @SequenceGenerator(name = "board_report_seq", sequenceName = "board_report_seq", allocationSize = 1)
    private Long id;

    @Column(name = "execution_id", nullable = false, unique = true)
    private long executionId;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Column(name = "as_of_date", nullable = false)
    private LocalDate asOfDate;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    /** Digest of the figures the report shows, independent of PDF encoding. */
    @Column(name = "data_sha256", nullable = false, length = 64)
    private String dataSha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    protected BoardReport() {
    }

    public BoardReport(long executionId, int reportingYear, LocalDate asOfDate, byte[] pdf, String pdfSha256,
                       String dataSha256) {
        this.executionId = executionId;
        this.reportingYear = reportingYear;
        this.asOfDate = asOfDate;
        this.pdf = pdf.clone();
        this.pdfSha256 = pdfSha256;
        this.dataSha256 = dataSha256;
        this.sizeBytes = pdf.length;
    }

    public Long getId() {
        return id;
    }

    public long getExecutionId() {
        return executionId;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public String getDataSha256() {
        return dataSha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }
}
