package archfixture.alpha.domain;

/** A repository of module alpha. */
public class AlphaRepository {

    public AlphaRow find(long id) {
        return new AlphaRow(id, "x");
    }
}
