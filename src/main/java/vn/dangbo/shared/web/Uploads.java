package vn.dangbo.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.UploadedFile;

/** Multipart parts of a page or API request as the facades take them; empty parts (no file chosen) are left out. */
public final class Uploads {

    private Uploads() {}

    public static List<UploadedFile> of(List<MultipartFile> files) {
        List<UploadedFile> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            try {
                out.add(new UploadedFile(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw DomainException.invalid("FILE_UNREADABLE", "attachment.unreadable").onField("files");
            }
        }
        return out;
    }
}
