package vn.dangbo.resolution;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.UploadedFile;
import vn.dangbo.shared.text.VietnameseText;

/** Checks and reads uploaded evidence files: common office formats only, 10 MB each. */
final class Attachments {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "odt", "ods", "txt");

    private Attachments() {}

    record Upload(String fileName, String contentType, byte[] content, String sha256) {}

    static Upload read(UploadedFile file) {
        String name = VietnameseText.cleanToNull(file.fileName());
        if (name == null || !vn.dangbo.shared.web.StorableText.storable(name)) {
            throw DomainException.invalid("FILE_NAME", "attachment.invalidName").onField("files");
        }
        name = name.replaceAll("[\\\\/]", "_");
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (FieldLimits.tooLong(name, FieldLimits.FILE_NAME)) {
            // a file name is not typed here: shortened (keeping its extension) rather than refused
            String suffix = dot < 0 ? "" : name.substring(dot);
            name = name.substring(0, Math.max(1, FieldLimits.FILE_NAME - suffix.length())) + suffix;
            name = name.substring(0, Math.min(name.length(), FieldLimits.FILE_NAME));
        }
        if (!EXTENSIONS.contains(ext)) {
            throw DomainException.invalid("FILE_TYPE", "attachment.invalidType", String.join(", ", EXTENSIONS))
                    .onField("files");
        }
        if (file.size() > MAX_BYTES) {
            throw DomainException.invalid("FILE_TOO_LARGE", "attachment.tooLarge").onField("files");
        }
        try {
            byte[] bytes = file.content();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            // sent by the browser, typed by nobody: a type that cannot be stored (or served back) is just unknown
            String type = file.contentType() == null || !vn.dangbo.shared.web.StorableText.storable(file.contentType())
                    || file.contentType().length() > 200 ? "application/octet-stream" : file.contentType();
            return new Upload(name, type, bytes, sha);
        } catch (NoSuchAlgorithmException e) {
            throw DomainException.invalid("FILE_UNREADABLE", "attachment.unreadable").onField("files");
        }
    }
}
