package vn.dangbo.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of the whole file, kept as the zip's comment, which is the file's last 64 bytes: the zip's own CRCs and
 * the manifest's checksums protect the data, but not every byte of the zip's headers; this protects them all, so
 * any damaged byte anywhere refuses the file. Written last, over everything before it.
 */
final class Seal {

    static final int LENGTH = 64;
    /** The comment the writer leaves, replaced in place by the digest once the file is complete. */
    static final String PLACEHOLDER = "0".repeat(LENGTH);

    private Seal() {}

    static void seal(Path file) throws IOException {
        String digest = digest(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() - LENGTH);
            f.write(digest.getBytes(StandardCharsets.US_ASCII));
        }
    }

    static boolean intact(Path file) throws IOException {
        if (Files.size(file) < LENGTH) {
            return false;
        }
        byte[] stored = new byte[LENGTH];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(f.length() - LENGTH);
            f.readFully(stored);
        }
        return digest(file).equals(new String(stored, StandardCharsets.US_ASCII));
    }

    /** SHA-256 of everything but the last 64 bytes. */
    private static String digest(Path file) throws IOException {
        long remaining = Files.size(file) - LENGTH;
        MessageDigest sha = SnapshotWriter.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    break;
                }
                sha.update(buffer, 0, n);
                remaining -= n;
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
