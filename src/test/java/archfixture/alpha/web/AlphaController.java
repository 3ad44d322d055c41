package archfixture.alpha.web;

import archfixture.alpha.domain.AlphaRepository;

/** Bad: a page that reads the repository instead of the facade. */
public class AlphaController {

    private final AlphaRepository rows = new AlphaRepository();

    public String show(long id) {
        return rows.find(id).name();
    }
}
