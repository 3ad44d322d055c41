package vn.dangbo.member.importing;

/** Bounds of an import: a ward has at most 10,000 members (RULES.md §1), a file may hold twice that. */
public final class ImportLimits {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 80;
    /** Rows searched for the header below a title block. */
    public static final int HEADER_SEARCH_ROWS = 15;

    private ImportLimits() {}
}
