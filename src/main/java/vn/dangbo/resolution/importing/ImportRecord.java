package vn.dangbo.resolution.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An uploaded file: what it imports into, how its columns were read (header text and the field of each column, ""
 * for a column left aside), the counts of the last check and of the confirmation.
 */
public record ImportRecord(long id, ImportKind kind, Long resolutionId, Long periodId, String orgPath, String fileName,
        String sheetName, int headerRow, List<String> headers, List<String> mapping, List<String> converted,
        ImportStatus status, int createCount, int updateCount, int unchangedCount, int blankCount, int errorCount,
        int createdCount, int updatedCount, boolean onlyValid, String notice, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime finishedAt) {

    /** Rows a confirmation writes. */
    public int importable() {
        return createCount + updateCount;
    }

    /** Rows checked. */
    public int rows() {
        return createCount + updateCount + unchangedCount + blankCount + errorCount;
    }

    /** Headers of the columns that were left aside. */
    public List<String> ignoredColumns() {
        java.util.List<String> ignored = new java.util.ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String field = c < mapping.size() ? mapping.get(c) : "";
            if (field.isEmpty() && !headers.get(c).isBlank()) {
                ignored.add(headers.get(c));
            }
        }
        return ignored;
    }
}
