package vn.dangbo.resolution.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * The header of a sheet: of its first rows, the one that names the most fields; title rows above it and hint rows
 * are left aside. Each column gets a field code, or "" when its header means nothing to the import.
 *
 * @param index the header's position in the sheet's rows (-1: none found)
 * @param labels the header text of each column
 * @param mapping the field code of each column ("" for a column left aside)
 */
public record HeaderLayout(int index, List<String> labels, List<String> mapping) {

    /** Rows searched for the header below a title block. */
    static final int SEARCH_ROWS = 15;

    public static HeaderLayout find(List<SheetData.Row> rows, Function<String, Optional<String>> recognise) {
        HeaderLayout best = new HeaderLayout(-1, List.of(), List.of());
        int bestScore = 0;
        for (int i = 0; i < Math.min(SEARCH_ROWS, rows.size()); i++) {
            SheetData.Row row = rows.get(i);
            List<String> labels = new ArrayList<>();
            List<String> mapping = new ArrayList<>();
            Set<String> fields = new LinkedHashSet<>();
            for (String cell : row.cells()) {
                String label = cell == null ? "" : cell.strip();
                String field = label.isEmpty() ? "" : recognise.apply(label).orElse("");
                if (!field.isEmpty() && !fields.add(field)) {
                    field = ""; // a field named twice: the first column holds it
                }
                labels.add(label);
                mapping.add(field);
            }
            if (fields.size() > bestScore) {
                bestScore = fields.size();
                best = new HeaderLayout(i, List.copyOf(labels), List.copyOf(mapping));
            }
        }
        return best;
    }

    public boolean found() {
        return index >= 0;
    }

    /** The fields the header names. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(mapping);
        fields.remove("");
        return fields;
    }
}
