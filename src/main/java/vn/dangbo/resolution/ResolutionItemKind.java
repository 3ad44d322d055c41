package vn.dangbo.resolution;

/** Parts of a resolution besides its targets: directions per area, key programs, breakthroughs. */
public enum ResolutionItemKind {
    AREA_DIRECTION, KEY_PROGRAM, BREAKTHROUGH;

    public String messageKey() {
        return "resolution.item." + name();
    }
}
