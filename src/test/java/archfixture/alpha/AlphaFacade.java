package archfixture.alpha;

import archfixture.alpha.domain.AlphaRepository;
import archfixture.alpha.domain.AlphaRow;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** Bad: a facade that takes a multipart file and returns a domain row. */
@Service
public class AlphaFacade {

    private final AlphaRepository rows = new AlphaRepository();

    public void attach(long id, MultipartFile file) {
    }

    public AlphaRow find(long id) {
        return rows.find(id);
    }
}
