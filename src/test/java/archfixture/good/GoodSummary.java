package archfixture.good;

/** Good: the module's public record. */
public record GoodSummary(long id, String name) {}
