package vn.dangbo.member.importing;

import java.util.List;
import vn.dangbo.shared.spreadsheet.LegacyColumns;
import vn.dangbo.shared.spreadsheet.SheetData;
import vn.dangbo.shared.spreadsheet.WorkbookReader;

/**
 * Reads the member list of a spreadsheet (.xlsx, and the older .xls) with {@link WorkbookReader}: of several sheets,
 * the one whose header looks most like a member register.
 */
public final class XlsxReader {

    private XlsxReader() {}

    public static SheetData read(byte[] bytes) {
        List<SheetData> sheets;
        try {
            sheets = WorkbookReader.sheets(bytes, ImportLimits.MAX_ROWS + ImportLimits.HEADER_SEARCH_ROWS + 101,
                    ImportLimits.MAX_COLUMNS, WorkbookReader.Numbers.PLAIN);
        } catch (WorkbookReader.Unreadable e) {
            throw switch (e.problem()) {
                case ENCRYPTED -> FileProblem.of("FILE_ENCRYPTED", "member.import.error.encrypted");
                case TOO_MANY_ROWS -> FileProblem.tooManyRows();
                case UNREADABLE -> FileProblem.unreadable();
            };
        }
        SheetData best = null;
        int bestScore = -1;
        try {
            for (SheetData data : sheets) {
                int score = HeaderRecognizer.find(LegacyColumns.convert(data).sheet().rows()).score();
                if (score > bestScore) {
                    best = data;
                    bestScore = score;
                }
            }
        } catch (RuntimeException e) {
            throw FileProblem.unreadable();
        }
        if (best == null) {
            throw FileProblem.empty();
        }
        return best;
    }
}
