package vn.dangbo.resolution;

/** Documents that carry tasks: an action program (CTr), a plan (KH), or the conclusions of a conference. */
public enum ProgramKind {
    ACTION_PROGRAM, PLAN, CONCLUSION;

    public String messageKey() {
        return "program.kind." + name();
    }
}
