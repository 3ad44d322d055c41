package vn.dangbo.member;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a column of an imported member list holds: the columns of the register (sổ danh sách đảng viên, form
 * 7-HSĐV) in its order, then the citizen ID, phone, e-mail and cell of the national handbook. A few recognised
 * columns are read and left alone (the ordinal, the status, which changes only through its own page).
 */
public enum ImportField {
    ORDINAL(null, Kind.IGNORED),
    FULL_NAME("fullName", Kind.TEXT),
    DATE_OF_BIRTH("dateOfBirth", Kind.DATE),
    /** Date of birth written in the "Nam" column of a register that splits birth dates by gender. */
    BIRTH_MALE("dateOfBirth", Kind.BIRTH_BY_GENDER),
    /** Date of birth written in the "Nữ" column. */
    BIRTH_FEMALE("dateOfBirth", Kind.BIRTH_BY_GENDER),
    GENDER("gender", Kind.GENDER),
    ETHNICITY("ethnicity", Kind.TEXT),
    RELIGION("religion", Kind.TEXT),
    HOMETOWN("hometown", Kind.TEXT),
    RESIDENCE("residence", Kind.TEXT),
    ADMISSION_DATE("admissionDate", Kind.DATE),
    OFFICIAL_DATE("officialDate", Kind.DATE),
    CARD_NUMBER("cardNumber", Kind.IDENTIFIER),
    EDUCATION("education", Kind.TEXT),
    POLITICAL_THEORY("politicalTheory", Kind.TEXT),
    OCCUPATION("occupation", Kind.TEXT),
    TRANSFER_IN_DATE("transferInDate", Kind.DATE),
    TRANSFER_OUT_DATE("transferOutDate", Kind.DATE),
    NOTES("notes", Kind.TEXT),
    CITIZEN_ID("citizenId", Kind.IDENTIFIER),
    PHONE("phone", Kind.IDENTIFIER),
    EMAIL("email", Kind.TEXT),
    ORGANIZATION("organizationId", Kind.TEXT),
    STATUS(null, Kind.IGNORED);

    public enum Kind { TEXT, DATE, GENDER, BIRTH_BY_GENDER, IDENTIFIER, IGNORED }

    private final String property;
    private final Kind kind;

    ImportField(String property, Kind kind) {
        this.property = property;
        this.kind = kind;
    }

    /** The property of {@link MemberData} (or of the row) the column fills; null for columns read and left alone. */
    public String property() {
        return property;
    }

    public Kind kind() {
        return kind;
    }

    /** Recognised, but nothing is imported from it. */
    public boolean ignored() {
        return kind == Kind.IGNORED;
    }

    public String messageKey() {
        return "member.import.field." + name();
    }

    /** The field a validation message about a {@link MemberData} property belongs to. */
    public static Optional<ImportField> ofProperty(String property) {
        return Arrays.stream(values()).filter(f -> f.kind != Kind.BIRTH_BY_GENDER && f.property != null
                && f.property.equals(property)).findFirst();
    }
}
