package vn.dangbo.member.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dangbo.member.ImportField;
import vn.dangbo.shared.text.VietnameseText;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * Finds the header of a member list and recognises its columns: the columns of the register (sổ danh sách đảng
 * viên, form 7-HSĐV) under the names clerks give them, with or without diacritics, in one header row or two (a
 * "Ngày sinh" cell spread over "Nam" and "Nữ"), below a title block such as "SỔ DANH SÁCH ĐẢNG VIÊN". The header
 * is the row (or pair of rows) among the first {@value ImportLimits#HEADER_SEARCH_ROWS} that names the most fields.
 */
public final class HeaderRecognizer {

    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\s*\\d{1,2}\\s*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ORDINAL_CELL = Pattern.compile("\\(?\\s*\\d{1,2}\\s*\\)?|[A-Z]");
    private static final Pattern LONG_NUMBER = Pattern.compile(".*\\d{5,}.*");

    /** Folded label -> field. */
    private static final Map<String, ImportField> EXACT = new HashMap<>();
    /** Synonyms of two words or more, longest first, matched as whole words inside longer labels. */
    private static final List<Map.Entry<String, ImportField>> PHRASES = new ArrayList<>();

    private static final List<String> BIRTH = List.of("ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay",
            "ngay thang sinh", "sinh");

    static {
        synonyms(ImportField.ORDINAL, "stt", "tt", "so tt", "so thu tu", "thu tu");
        synonyms(ImportField.FULL_NAME, "ho va ten", "ho ten", "ho va ten dang vien", "ho ten dang vien",
                "ho va ten khai sinh", "ten dang vien", "ho va ten thuong dung");
        synonyms(ImportField.DATE_OF_BIRTH, BIRTH.toArray(String[]::new));
        for (String b : BIRTH) {
            synonyms(ImportField.BIRTH_MALE, b + " nam");
            synonyms(ImportField.BIRTH_FEMALE, b + " nu");
        }
        synonyms(ImportField.BIRTH_MALE, "nam", "nam gioi");
        synonyms(ImportField.BIRTH_FEMALE, "nu", "nu gioi");
        synonyms(ImportField.GENDER, "gioi tinh", "gioi", "phai", "nam nu", "nam hay nu", "gioi tinh nam nu");
        synonyms(ImportField.ETHNICITY, "dan toc");
        synonyms(ImportField.RELIGION, "ton giao");
        synonyms(ImportField.HOMETOWN, "que quan", "nguyen quan", "que");
        synonyms(ImportField.RESIDENCE, "noi o hien nay", "noi o", "cho o hien nay", "cho o", "dia chi", "noi cu tru",
                "dia chi thuong tru", "noi thuong tru", "dia chi cu tru", "noi o hien tai");
        synonyms(ImportField.ADMISSION_DATE, "ngay vao dang", "ngay ket nap", "ngay ket nap dang", "vao dang",
                "ket nap", "ngay thang nam vao dang", "ngay vao dang du bi", "du bi", "ngay ket nap vao dang");
        synonyms(ImportField.OFFICIAL_DATE, "ngay chinh thuc", "chinh thuc", "ngay cong nhan chinh thuc",
                "ngay thang nam chinh thuc", "ngay vao dang chinh thuc", "vao dang chinh thuc",
                "ngay dang vien chinh thuc");
        synonyms(ImportField.CARD_NUMBER, "so the dang vien", "so the", "so the dv", "the dang vien", "so the dang",
                "ma the dang vien");
        synonyms(ImportField.EDUCATION, "trinh do hoc van", "hoc van", "van hoa", "trinh do van hoa",
                "giao duc pho thong", "trinh do giao duc pho thong");
        synonyms(ImportField.POLITICAL_THEORY, "ly luan chinh tri", "trinh do ly luan chinh tri", "llct", "ly luan",
                "trinh do llct", "chinh tri");
        synonyms(ImportField.OCCUPATION, "nghe nghiep", "chuc vu", "nghe nghiep chuc vu", "chuc vu nghe nghiep",
                "cong viec", "nghe nghiep chuc vu hien nay", "chuc vu cong tac", "cong viec hien nay");
        synonyms(ImportField.TRANSFER_IN_DATE, "ngay chuyen den", "chuyen den", "ngay den",
                "chuyen sinh hoat den", "ngay chuyen sinh hoat den");
        synonyms(ImportField.TRANSFER_OUT_DATE, "ngay chuyen di", "chuyen di", "ngay di", "chuyen sinh hoat di",
                "ngay chuyen sinh hoat di");
        synonyms(ImportField.NOTES, "ghi chu");
        synonyms(ImportField.CITIZEN_ID, "so cccd", "cccd", "so can cuoc cong dan", "can cuoc cong dan",
                "so dinh danh ca nhan", "so dinh danh", "dinh danh ca nhan", "ma dinh danh", "so cmnd", "cmnd",
                "so cmnd cccd", "cccd cmnd", "cmnd cccd", "so can cuoc", "can cuoc", "so cccd cmnd", "so chung minh nhan dan");
        synonyms(ImportField.PHONE, "dien thoai", "so dien thoai", "sdt", "so dt", "dt", "di dong", "dien thoai di dong");
        synonyms(ImportField.EMAIL, "email", "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu");
        synonyms(ImportField.ORGANIZATION, "chi bo", "ten chi bo", "chi bo sinh hoat", "noi sinh hoat", "to chuc dang",
                "chi bo dang", "thuoc chi bo", "sinh hoat tai chi bo");
        synonyms(ImportField.STATUS, "tinh trang", "trang thai", "tinh trang hien tai", "tinh trang dang vien");
        EXACT.forEach((k, v) -> {
            if (k.contains(" ")) {
                PHRASES.add(Map.entry(k, v));
            }
        });
        PHRASES.sort(Comparator.comparingInt((Map.Entry<String, ImportField> e) -> e.getKey().length()).reversed());
    }

    private static void synonyms(ImportField field, String... labels) {
        for (String l : labels) {
            ImportField previous = EXACT.put(l, field);
            if (previous != null && previous != field) {
                throw new IllegalStateException("synonym " + l + " for " + previous + " and " + field);
            }
        }
    }

    private HeaderRecognizer() {}

    /** Lower case, no diacritics, column numbers like "(3)" and punctuation removed: "Họ và tên (2)" -> "ho va ten". */
    public static String normalise(String label) {
        String f = VietnameseText.fold(COLUMN_NUMBER.matcher(label == null ? "" : label).replaceAll(" "));
        return NOT_WORD.matcher(f).replaceAll(" ").strip();
    }

    /** The field a header label names, if it is one we know. */
    public static Optional<ImportField> recognise(String label) {
        return byNormalised(normalise(label));
    }

    private static Optional<ImportField> byNormalised(String n) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        ImportField exact = EXACT.get(n);
        if (exact != null) {
            return Optional.of(exact);
        }
        String padded = " " + n + " ";
        for (Map.Entry<String, ImportField> p : PHRASES) {
            if (padded.contains(" " + p.getKey() + " ")) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Where the header is and what its columns are.
     *
     * @param headerIndex    index (in the list of non-blank rows) of the first header row
     * @param headerRowCount 1 or 2
     * @param dataIndex      index of the first data row (after a row of column numbers "(1) (2) ...", if any)
     * @param labels         the header text of every column, as shown to the user
     * @param fields         the recognised field of every column (null when not recognised)
     * @param score          how many different fields were recognised
     */
    public record Layout(int headerIndex, int headerRowCount, int dataIndex, List<String> labels,
            List<ImportField> fields, int score) {

        public boolean allRecognised() {
            for (int c = 0; c < labels.size(); c++) {
                if (!labels.get(c).isBlank() && fields.get(c) == null) {
                    return false;
                }
            }
            return true;
        }
    }

    public static Layout find(List<SheetData.Row> rows) {
        if (rows.isEmpty()) {
            return new Layout(0, 1, 0, List.of(), List.of(), 0);
        }
        int columns = rows.stream().limit(ImportLimits.HEADER_SEARCH_ROWS + 2L).mapToInt(r -> r.cells().size())
                .max().orElse(0);
        // the most fields wins; on a tie one row beats two (a title line above the header adds nothing), then the
        // earlier row
        Layout best = null;
        for (int i = 0; i < Math.min(rows.size(), ImportLimits.HEADER_SEARCH_ROWS); i++) {
            SheetData.Row top = rows.get(i);
            best = better(best, evaluate(i, 1, top, null, columns));
            if (i + 1 < rows.size() && rows.get(i + 1).number() == top.number() + 1
                    && looksLikeHeader(rows.get(i + 1))) {
                best = better(best, evaluate(i, 2, top, rows.get(i + 1), columns));
            }
        }
        int data = best.headerIndex() + best.headerRowCount();
        if (data < rows.size() && columnNumbers(rows.get(data))) {
            data++;
        }
        return new Layout(best.headerIndex(), best.headerRowCount(), data, best.labels(), best.fields(), best.score());
    }

    private static Layout better(Layout best, Layout candidate) {
        if (best == null || candidate.score() > best.score()) {
            return candidate;
        }
        if (candidate.score() == best.score() && candidate.headerRowCount() < best.headerRowCount()) {
            return candidate;
        }
        return best;
    }

    /** The field of a header as {@link Layout#labels()} shows it ("Ngày sinh / Nam" for a two-row header). */
    public static Optional<ImportField> recogniseLabel(String label) {
        int split = label == null ? -1 : label.indexOf(" / ");
        if (split < 0) {
            return recognise(label);
        }
        String top = normalise(label.substring(0, split));
        String bottom = normalise(label.substring(split + 3));
        return byNormalised(top + " " + bottom).or(() -> byNormalised(bottom));
    }

    private static Layout evaluate(int index, int count, SheetData.Row top, SheetData.Row bottom, int columns) {
        List<String> labels = new ArrayList<>(columns);
        List<ImportField> fields = new ArrayList<>(columns);
        Set<ImportField> distinct = new HashSet<>();
        for (int c = 0; c < columns; c++) {
            String t = top.cell(c).strip();
            String b = bottom == null ? "" : bottom.cell(c).strip();
            ImportField field;
            String label;
            if (bottom == null || b.isEmpty() || b.equals(t)) {
                label = t;
                field = byNormalised(normalise(t)).orElse(null);
            } else if (t.isEmpty()) {
                label = b;
                field = byNormalised(normalise(b)).orElse(null);
            } else {
                label = t + " / " + b;
                field = byNormalised(normalise(t) + " " + normalise(b))
                        .or(() -> byNormalised(normalise(b))).orElse(null);
            }
            labels.add(label);
            fields.add(field);
            if (field != null) {
                distinct.add(field);
            }
        }
        return new Layout(index, count, index + count, labels, fields, distinct.size());
    }

    /** A second header row holds labels, never a date or a long number (which a first data row always has). */
    private static boolean looksLikeHeader(SheetData.Row row) {
        for (String cell : row.cells()) {
            if (!cell.isBlank() && (Values.date(cell).valid() || LONG_NUMBER.matcher(cell).matches())) {
                return false;
            }
        }
        return true;
    }

    /** The row of column numbers "(1) (2) (3)..." or "1 2 3 ..." that registers print under their header. */
    private static boolean columnNumbers(SheetData.Row row) {
        int n = 0;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (!ORDINAL_CELL.matcher(cell.strip()).matches()) {
                return false;
            }
            n++;
        }
        return n >= 3;
    }

    /** Whether a field is among the columns. */
    public static boolean has(List<ImportField> fields, ImportField field) {
        return fields.stream().anyMatch(f -> Objects.equals(f, field));
    }
}
