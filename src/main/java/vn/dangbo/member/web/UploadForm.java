package vn.dangbo.member.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of an import: the file and, optionally, the cell every row goes to. */
public class UploadForm {

    private MultipartFile file;
    private Long organizationId;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
}
