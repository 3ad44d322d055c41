package vn.dangbo.resolution;

/** Nghị quyết Đại hội, nghị quyết năm, nghị quyết chuyên đề. */
public enum ResolutionKind {
    CONGRESS, ANNUAL, THEMATIC;

    public String messageKey() {
        return "resolution.kind." + name();
    }
}
