package archfixture.beta;

import archfixture.alpha.domain.AlphaRow;

/** Bad: module beta uses module alpha's domain row. */
public class BetaService {

    public String name(AlphaRow row) {
        return row.name();
    }
}
