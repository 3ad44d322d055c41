package vn.dangbo.backup;

/** Quoting names read from the catalog into SQL text. */
final class Sql {

    private Sql() {}

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
