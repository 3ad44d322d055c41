package vn.dangbo.shared;

/**
 * A file someone sent (evidence, a progress report's attachment), as the facades take it: its name and type as the
 * sender gave them, and its bytes. The web and API layers turn a multipart part into one
 * ({@code shared.web.Uploads}), so no facade depends on servlet or multipart types and a test, a command or an
 * import can hand a facade a file without faking a request.
 */
public record UploadedFile(String fileName, String contentType, byte[] content) {

    public UploadedFile {
        content = content == null ? new byte[0] : content;
    }

    public long size() {
        return content.length;
    }

    public boolean isEmpty() {
        return content.length == 0;
    }
}
