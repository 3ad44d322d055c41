package archfixture.good.domain;

/** Good: a repository used by its own module's facade only. */
public class GoodRepository {

    public String name(long id) {
        return "x" + id;
    }
}
