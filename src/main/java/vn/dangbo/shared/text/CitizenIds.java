package vn.dangbo.shared.text;

/** Masking of citizen identity numbers (số định danh cá nhân), sensitive personal data under Law 91/2025/QH15. */
public final class CitizenIds {

    private CitizenIds() {}

    /** Keeps only the last four digits visible: "079123456789" becomes "••••••••6789". */
    public static String mask(String citizenId) {
        if (citizenId == null || citizenId.isBlank()) {
            return "";
        }
        String id = citizenId.strip();
        int visible = Math.min(4, id.length() / 3);
        return "•".repeat(id.length() - visible) + id.substring(id.length() - visible);
    }
}
