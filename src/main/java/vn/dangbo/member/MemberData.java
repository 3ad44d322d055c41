package vn.dangbo.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.member.Gender;
import vn.dangbo.shared.text.CitizenIds;
import vn.dangbo.shared.text.VietnameseText;

/** The editable register fields of a member. */
public record MemberData(String fullName, LocalDate dateOfBirth, Gender gender, String ethnicity, String religion,
        String hometown, String residence, LocalDate admissionDate, LocalDate officialDate, String cardNumber,
        String citizenId, String phone, String email, String education, String politicalTheory, String occupation,
        LocalDate transferInDate, String notes) {

    MemberData withFullName(String name) {
        return new MemberData(name, dateOfBirth, gender, ethnicity, religion, hometown, residence, admissionDate,
                officialDate, cardNumber, citizenId, phone, email, education, politicalTheory, occupation,
                transferInDate, notes);
    }

    MemberData withTransferInDate(LocalDate date) {
        return new MemberData(fullName, dateOfBirth, gender, ethnicity, religion, hometown, residence, admissionDate,
                officialDate, cardNumber, citizenId, phone, email, education, politicalTheory, occupation, date, notes);
    }

    /** NFC text, collapsed spaces, blanks as null; identifiers without spaces. */
    public MemberData cleaned() {
        return new MemberData(VietnameseText.cleanToNull(fullName), dateOfBirth, gender,
                VietnameseText.cleanToNull(ethnicity), VietnameseText.cleanToNull(religion),
                VietnameseText.cleanToNull(hometown), VietnameseText.cleanToNull(residence), admissionDate,
                officialDate, compact(cardNumber), compact(citizenId), phoneDigits(phone),
                VietnameseText.cleanToNull(email), VietnameseText.cleanToNull(education),
                VietnameseText.cleanToNull(politicalTheory), VietnameseText.cleanToNull(occupation), transferInDate,
                VietnameseText.cleanToNull(notes));
    }

    private static String compact(String s) {
        String c = VietnameseText.cleanToNull(s);
        return c == null ? null : c.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Phones kept as digits with an optional leading +: "0912 345 678" becomes "0912345678". */
    static String phoneDigits(String s) {
        String c = VietnameseText.cleanToNull(s);
        if (c == null) {
            return null;
        }
        String digits = c.replaceAll("[\\s.\\-()]", "");
        return digits.isEmpty() ? null : digits;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", fullName);
        m.put("dateOfBirth", str(dateOfBirth));
        m.put("gender", gender == null ? null : gender.name());
        m.put("ethnicity", ethnicity);
        m.put("religion", religion);
        m.put("hometown", hometown);
        m.put("residence", residence);
        m.put("admissionDate", str(admissionDate));
        m.put("officialDate", str(officialDate));
        m.put("cardNumber", cardNumber);
        m.put("citizenId", citizenId == null ? null : CitizenIds.mask(citizenId));
        m.put("phone", phone);
        m.put("email", email);
        m.put("education", education);
        m.put("politicalTheory", politicalTheory);
        m.put("occupation", occupation);
        m.put("transferInDate", str(transferInDate));
        m.put("notes", notes);
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
