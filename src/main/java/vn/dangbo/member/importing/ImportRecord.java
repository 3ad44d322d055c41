package vn.dangbo.member.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import as stored: the file, where its header is, the column mapping, the counts of the last check and the
 * progress of the confirmed run.
 *
 * @param mapping   field name per column ("" = skipped)
 * @param converted columns converted from a legacy encoding
 */
public record ImportRecord(long id, String fileName, String detectedEncoding, Long targetOrganizationId,
        String scopePath, List<String> headers, List<String> mapping, ImportStatus status, int totalRows,
        int processedRows, int createdCount, int updatedCount, int errorCount, String failure,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime finishedAt, String sheetName, Integer headerRow,
        int headerRowCount, List<ConvertedColumn> converted, boolean onlyValid, int createCount, int updateCount,
        int unchangedCount, int plannedRows, String notice, OffsetDateTime heartbeatAt) {

    /** A column converted from TCVN3 or VNI, with its header as the user sees it. */
    public record ConvertedColumn(int column, String label, String encoding) {}

    /** Rows that a confirmation imports: those to create and to update. */
    public int importable() {
        return createCount + updateCount;
    }
}
