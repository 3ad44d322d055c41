package vn.dangbo.config;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.lang3.SystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries shipped in the zonky binaries jar (initdb, pg_ctl, postgres), unpacked once into a
 * directory of the current user ({@code ~/.cache/dangbo/postgres-<hash>}, mode 0700). zonky unpacks them into
 * a world-writable {@code /tmp/embedded-pg}, where another local user could plant binaries of their own.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static Path unpacked;

    private PostgresBinaries() {}

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}; unpacked on first use. */
    static synchronized Path home() {
        if (unpacked == null || !Files.isExecutable(executable(unpacked, "postgres"))) {
            unpacked = unpack();
        }
        return unpacked;
    }

    static Path executable(Path home, String name) {
        return home.resolve("bin").resolve(SystemUtils.IS_OS_WINDOWS ? name + ".exe" : name);
    }

    private static Path unpack() {
        try {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture())) {
                archive = in.readAllBytes();
            }
            Path cache = privateDirectory(Path.of(System.getProperty("user.home"), ".cache", "dangbo"));
            Path target = cache.resolve("postgres-" + HexFormat.of().formatHex(sha256(archive), 0, 8));
            if (Files.isExecutable(executable(target, "postgres"))) {
                return target;
            }
            Path partial = cache.resolve(target.getFileName() + ".partial-" + UUID.randomUUID());
            Files.createDirectory(partial);
            extract(archive, partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                log.info("Đã giải nén PostgreSQL vào {}", target);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                deleteTree(partial); // another process unpacked the same binaries first
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Không giải nén được PostgreSQL nhúng", e);
        }
    }

    /** Creates the directory with mode 0700, or checks that an existing one is not open to other users. */
    static Path privateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory.getParent());
            try {
                if (posix(directory.getParent())) {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(directory);
                }
            } catch (FileAlreadyExistsException raced) {
                // created meanwhile by another process of the same user
            }
        }
        if (posix(directory)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IllegalStateException("Thư mục " + directory + " cho người dùng khác quyền ghi; hãy chạy "
                        + "`chmod 700 " + directory + "`. (The directory is writable by other users.)");
            }
        }
        return directory;
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Tệp ngoài thư mục trong gói PostgreSQL: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if (posix(path)) {
                        Files.setPosixFilePermissions(path, permissions(entry.getMode(), entry.getName()));
                    } else if (entry.getName().contains("bin/")) {
                        path.toFile().setExecutable(true, true);
                    }
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode, String name) {
        boolean executable = (mode & 0100) != 0 || name.startsWith("bin/") || name.startsWith("./bin/");
        return PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String operatingSystem() {
        if (SystemUtils.IS_OS_WINDOWS) {
            return "Windows";
        }
        if (SystemUtils.IS_OS_MAC_OSX) {
            return "Darwin";
        }
        return "Linux";
    }

    private static String architecture() {
        return "amd64".equals(SystemUtils.OS_ARCH) ? "x86_64" : SystemUtils.OS_ARCH;
    }
}
