package vn.dangbo.resolution.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of an Excel import of targets or values: the file alone. */
public class ExcelUploadForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
