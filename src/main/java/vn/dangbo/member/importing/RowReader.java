package vn.dangbo.member.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.member.Gender;
import vn.dangbo.member.ImportField;
import vn.dangbo.member.MemberData;
import vn.dangbo.shared.text.VietnameseText;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * Turns the cells of one row into register values by the column mapping, collecting every value that cannot be
 * read (a date that is no date, a gender that is neither Nam nor Nữ...) instead of stopping at the first. Blank
 * cells give no value: on an update they leave the member's field as it is.
 */
public final class RowReader {

    private RowReader() {}

    /** The values of a row: only fields with a readable, non-blank value are present. */
    public record ParsedRow(int rowNumber, Map<ImportField, Object> values, List<RowProblem> problems) {

        public boolean has(ImportField f) {
            return values.containsKey(f);
        }

        @SuppressWarnings("unchecked")
        public <T> T get(ImportField f) {
            return (T) values.get(f);
        }

        public String text(ImportField f) {
            Object v = values.get(f);
            return v == null ? null : v.toString();
        }

        /** Whether the row names anyone at all (a name, a card number or a citizen ID). */
        public boolean identifiesSomeone() {
            return has(ImportField.FULL_NAME) || has(ImportField.CARD_NUMBER) || has(ImportField.CITIZEN_ID);
        }

        /** The register fields of a new member from this row (absent fields null). */
        public MemberData newData() {
            return merge(new MemberData(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null));
        }

        /** An existing member's fields with this row's values written over them. */
        public MemberData merge(MemberData base) {
            return new MemberData(
                    or(ImportField.FULL_NAME, base.fullName()),
                    or(ImportField.DATE_OF_BIRTH, base.dateOfBirth()),
                    or(ImportField.GENDER, base.gender()),
                    or(ImportField.ETHNICITY, base.ethnicity()),
                    or(ImportField.RELIGION, base.religion()),
                    or(ImportField.HOMETOWN, base.hometown()),
                    or(ImportField.RESIDENCE, base.residence()),
                    or(ImportField.ADMISSION_DATE, base.admissionDate()),
                    or(ImportField.OFFICIAL_DATE, base.officialDate()),
                    or(ImportField.CARD_NUMBER, base.cardNumber()),
                    or(ImportField.CITIZEN_ID, base.citizenId()),
                    or(ImportField.PHONE, base.phone()),
                    or(ImportField.EMAIL, base.email()),
                    or(ImportField.EDUCATION, base.education()),
                    or(ImportField.POLITICAL_THEORY, base.politicalTheory()),
                    or(ImportField.OCCUPATION, base.occupation()),
                    or(ImportField.TRANSFER_IN_DATE, base.transferInDate()),
                    or(ImportField.NOTES, base.notes()));
        }

        @SuppressWarnings("unchecked")
        private <T> T or(ImportField f, T fallback) {
            return values.containsKey(f) ? (T) values.get(f) : fallback;
        }
    }

    /**
     * @param mapping the field of every column (null or an ignored field: the column is skipped)
     */
    public static ParsedRow read(SheetData.Row row, List<ImportField> mapping) {
        Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
        List<RowProblem> problems = new ArrayList<>();
        Gender genderByColumn = null;
        for (int c = 0; c < mapping.size(); c++) {
            ImportField field = mapping.get(c);
            String raw = VietnameseText.cleanToNull(row.cell(c));
            if (field == null || field.ignored() || raw == null) {
                continue;
            }
            switch (field.kind()) {
                case DATE -> date(field, field, raw, values, problems);
                case GENDER -> {
                    Optional<Gender> g = Values.gender(raw);
                    if (g.isPresent()) {
                        values.put(field, g.get());
                    } else {
                        problems.add(RowProblem.of(field.name(), "member.import.row.badGender", raw));
                    }
                }
                case BIRTH_BY_GENDER -> {
                    Gender g = field == ImportField.BIRTH_MALE ? Gender.MALE : Gender.FEMALE;
                    if (genderByColumn != null && genderByColumn != g) {
                        problems.add(RowProblem.of(ImportField.GENDER.name(), "member.import.row.bothGenderColumns"));
                        continue;
                    }
                    genderByColumn = g;
                    if (!Values.isMark(raw)) {
                        date(field, ImportField.DATE_OF_BIRTH, raw, values, problems);
                    }
                }
                case IDENTIFIER -> identifier(field, raw, values, problems);
                default -> values.put(field, raw);
            }
        }
        if (genderByColumn != null) {
            Object stated = values.get(ImportField.GENDER);
            if (stated != null && stated != genderByColumn) {
                problems.add(RowProblem.of(ImportField.GENDER.name(), "member.import.row.genderConflict"));
            } else {
                values.put(ImportField.GENDER, genderByColumn);
            }
        }
        return new ParsedRow(row.number(), values, problems);
    }

    private static void date(ImportField column, ImportField target, String raw, Map<ImportField, Object> values,
            List<RowProblem> problems) {
        Values.DateValue d = Values.date(raw);
        if (d.valid()) {
            values.put(target, d.date());
        } else if (d.yearOnly()) {
            problems.add(RowProblem.of(target.name(), "member.import.row.yearOnly", raw));
        } else {
            problems.add(RowProblem.of(target.name(), "member.import.row.badDate", raw));
        }
    }

    private static void identifier(ImportField field, String raw, Map<ImportField, Object> values,
            List<RowProblem> problems) {
        if (Values.scientific(raw)) {
            problems.add(RowProblem.of(field.name(), "member.import.row.scientific", raw));
            return;
        }
        String v = switch (field) {
            case CITIZEN_ID -> Values.citizenId(raw);
            case PHONE -> Values.phone(raw);
            default -> Values.cardNumber(raw);
        };
        if (v != null && !v.isEmpty()) {
            values.put(field, v);
        }
    }

    /** The transfer-out date of the row, if any. */
    public static LocalDate transferOut(ParsedRow row) {
        return row.get(ImportField.TRANSFER_OUT_DATE);
    }
}
