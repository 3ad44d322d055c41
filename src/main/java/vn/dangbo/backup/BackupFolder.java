package vn.dangbo.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of backups the office copies to a USB disk: {@code dangbo-20251208-020000-tu-dong.zip} for the daily
 * backups (of which the newest {@code keep} are kept), {@code dangbo-20251208-091512.zip} for those made on demand
 * (kept until someone deletes them). Names carry Vietnam time so they sort by date in any file manager.
 */
final class BackupFolder {

    static final String DAILY_SUFFIX = "-tu-dong";
    private static final Pattern NAME = Pattern.compile("dangbo-\\d{8}-\\d{6}(-\\d+)?(" + DAILY_SUFFIX + ")?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupFolder() {}

    /** A backup file in the folder. */
    record Entry(String name, Path path, long bytes, Instant modified, boolean daily) {}

    static boolean isBackupName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** A new, unused name for a backup made at {@code now}. */
    static Path newFile(Path folder, LocalDateTime now, boolean daily) {
        String base = "dangbo-" + STAMP.format(now);
        String suffix = daily ? DAILY_SUFFIX : "";
        Path candidate = folder.resolve(base + suffix + ".zip");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + suffix + ".zip");
        }
        return candidate;
    }

    /** The backups in the folder, newest first. */
    static List<Entry> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> isBackupName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .map(BackupFolder::entry).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Entry::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Entry> find(Path folder, String name) {
        if (!isBackupName(name)) {
            return Optional.empty();
        }
        return entry(folder.resolve(name));
    }

    private static Optional<Entry> entry(Path p) {
        try {
            String name = p.getFileName().toString();
            return Optional.of(new Entry(name, p, Files.size(p), Files.getLastModifiedTime(p).toInstant(),
                    name.endsWith(DAILY_SUFFIX + ".zip")));
        } catch (IOException e) {
            return Optional.empty(); // deleted meanwhile
        }
    }

    /** Deletes the daily backups beyond the newest {@code keep}; returns the names deleted. */
    static List<String> prune(Path folder, int keep) {
        List<Entry> daily = list(folder).stream().filter(Entry::daily).toList();
        List<Entry> old = daily.size() > keep ? daily.subList(keep, daily.size()) : List.of();
        for (Entry e : old) {
            try {
                Files.deleteIfExists(e.path());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return old.stream().map(Entry::name).toList();
    }
}
