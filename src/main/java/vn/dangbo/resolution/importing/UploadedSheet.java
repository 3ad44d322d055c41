package vn.dangbo.resolution.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.spreadsheet.LegacyColumns;
import vn.dangbo.shared.spreadsheet.SheetData;
import vn.dangbo.shared.spreadsheet.WorkbookReader;

/**
 * An uploaded Excel file read for an import: the sheet whose header names the most fields, its text converted from
 * the legacy TCVN3/VNI fonts column by column, the header row found among the first rows and the data rows below
 * it. Anything that keeps the file from being read is a refusal on the form's "file" field, in Vietnamese.
 *
 * @param headerRow the header's row number in the sheet (1-based, as Excel shows it)
 * @param converted the columns converted from a legacy font, as "header (encoding)"
 */
public record UploadedSheet(String sheetName, int headerRow, List<String> labels, List<String> mapping,
        List<SheetData.Row> rows, List<String> converted) {

    /** Larger than any real list of targets or values; the server refuses requests above 25 MB anyway. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_COLUMNS = 80;

    public static UploadedSheet read(String fileName, byte[] content, int maxRows,
            Function<String, Optional<String>> recognise, Predicate<Set<String>> enough, String noHeaderKey) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw problem(name.isEmpty() ? "FILE_REQUIRED" : "FILE_EMPTY",
                    name.isEmpty() ? "resolution.import.error.noFile" : "resolution.import.error.emptyFile");
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
        boolean excelName = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
        if (!excelName || !(zip || ole)) {
            throw problem("WRONG_TYPE", "resolution.import.error.wrongType");
        }
        if (content.length > MAX_BYTES) {
            throw problem("FILE_TOO_LARGE", "resolution.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<SheetData> sheets;
        try {
            sheets = WorkbookReader.sheets(content, maxRows + HeaderLayout.SEARCH_ROWS + 50, MAX_COLUMNS,
                    WorkbookReader.Numbers.DECIMAL_COMMA);
        } catch (WorkbookReader.Unreadable e) {
            throw switch (e.problem()) {
                case ENCRYPTED -> problem("FILE_ENCRYPTED", "resolution.import.error.encrypted");
                case TOO_MANY_ROWS -> problem("TOO_MANY_ROWS", "resolution.import.error.tooManyRows", maxRows);
                case UNREADABLE -> problem("FILE_UNREADABLE", "resolution.import.error.unreadable");
            };
        }
        UploadedSheet best = null;
        int bestScore = 0;
        for (SheetData raw : sheets) {
            LegacyColumns.Result converted = LegacyColumns.convert(raw);
            List<SheetData.Row> rows = converted.sheet().rows();
            HeaderLayout layout = HeaderLayout.find(rows, recognise);
            if (!layout.found() || !enough.test(layout.fields()) || layout.fields().size() <= bestScore) {
                continue;
            }
            List<String> convertedLabels = new ArrayList<>();
            for (LegacyColumns.Converted c : converted.converted()) {
                String label = c.column() < layout.labels().size() ? layout.labels().get(c.column()) : "";
                convertedLabels.add((label.isBlank() ? String.valueOf(c.column() + 1) : label) + " ("
                        + c.encoding().name() + ")");
            }
            bestScore = layout.fields().size();
            best = new UploadedSheet(raw.sheetName(), rows.get(layout.index()).number(), layout.labels(),
                    layout.mapping(), List.copyOf(rows.subList(layout.index() + 1, rows.size())),
                    List.copyOf(convertedLabels));
        }
        if (best == null) {
            if (sheets.isEmpty()) {
                throw problem("FILE_EMPTY", "resolution.import.error.emptyFile");
            }
            throw problem("NO_HEADER", noHeaderKey);
        }
        if (best.rows().isEmpty()) {
            throw problem("NO_ROWS", "resolution.import.error.noRows");
        }
        if (best.rows().size() > maxRows) {
            throw problem("TOO_MANY_ROWS", "resolution.import.error.tooManyRows", maxRows);
        }
        return best;
    }

    private static DomainException problem(String code, String key, Object... args) {
        return DomainException.invalid(code, key, args).onField("file");
    }

    /** The cell of a row in the column holding a field ("" when the file has no such column). */
    public static String cell(SheetData.Row row, List<String> mapping, String field) {
        int c = mapping.indexOf(field);
        return c < 0 ? "" : row.cell(c).strip();
    }
}
