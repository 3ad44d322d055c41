package archfixture.alpha.domain;

/** A domain row of module alpha. */
public record AlphaRow(long id, String name) {}
