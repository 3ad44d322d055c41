package archfixture.good.web;

import archfixture.good.GoodFacade;

/** Good: a page that goes through the facade. */
public class GoodController {

    private final GoodFacade facade = new GoodFacade();

    public String show(long id) {
        return facade.find(id).name();
    }
}
