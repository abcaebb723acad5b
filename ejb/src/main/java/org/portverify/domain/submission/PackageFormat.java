package org.portverify.domain.submission;

/** How a package's parts are carried; every format gives the same records (docs/submission-format.md). */
public enum PackageFormat {
    /** A folder of CSV files, as the bundled demo data and the scheduled folder intake use. */
    FOLDER,
    /** A ZIP of the CSV files. */
    ZIP,
    /** One XLSX workbook with a sheet per part. */
    XLSX
}
