package vn.dangbo.resolution;

import java.time.LocalDate;
import java.util.List;

/** The editable content of a resolution; items are ordered texts (area directions, key programs, breakthroughs). */
public record ResolutionData(ResolutionKind kind, String number, String title, LocalDate issuedOn, Integer startYear,
        Integer endYear, String generalGoal, List<Item> items) {

    public record Item(ResolutionItemKind kind, Area area, String text) {}

    public ResolutionData {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
