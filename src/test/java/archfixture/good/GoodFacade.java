package archfixture.good;

import archfixture.good.domain.GoodRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangbo.shared.UploadedFile;

/** Good: takes an UploadedFile, returns a public record. */
@Service
public class GoodFacade {

    private final GoodRepository rows = new GoodRepository();

    public void attach(long id, List<UploadedFile> files) {
    }

    public GoodSummary find(long id) {
        return new GoodSummary(id, rows.name(id));
    }
}
