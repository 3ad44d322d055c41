package vn.dangbo.resolution.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.resolution.importing.ImportRecord;
import vn.dangbo.resolution.importing.ImportStatus;
import vn.dangbo.resolution.importing.RowOutcome;
import vn.dangbo.resolution.importing.RowProblem;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.web.Forms;

/** What the pages of both Excel imports (targets, values) share: the reasons of a bad row, the file, the download. */
@Component
class ImportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ImportPages(MessageSource messages) {
        this.messages = messages;
    }

    /** A row as the preview lists it: its number in the file, what it is about, and every reason it is bad. */
    record BadRow(int rowNumber, String label, List<String> reasons) {}

    List<BadRow> badRows(List<RowOutcome> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        List<BadRow> rows = new ArrayList<>(errors.size());
        for (RowOutcome o : errors) {
            List<String> reasons = new ArrayList<>();
            for (RowProblem p : o.problems()) {
                String message = messages.getMessage(p.key(), p.argArray(), p.key(), locale);
                reasons.add(p.column() == null || p.column().isBlank() ? message
                        : messages.getMessage("resolution.import.reason", new Object[] {p.column(), message}, message,
                                locale));
            }
            rows.add(new BadRow(o.rowNumber(), o.label(), reasons));
        }
        return rows;
    }

    /** A row a confirmation writes: its number, whether it adds or updates, what it is about and what changes. */
    record ChangeRow(int rowNumber, String action, String actionKey, String label, List<String> changes) {}

    List<ChangeRow> changeRows(List<RowOutcome> outcomes) {
        Locale locale = LocaleContextHolder.getLocale();
        String blank = messages.getMessage("resolution.import.blank", null, locale);
        List<ChangeRow> rows = new ArrayList<>(outcomes.size());
        for (RowOutcome o : outcomes) {
            List<String> changes = new ArrayList<>();
            for (RowOutcome.Change c : o.changes()) {
                changes.add(messages.getMessage("resolution.import.change", new Object[] {c.column(),
                        c.before() == null ? blank : c.before(), c.after() == null ? blank : c.after()}, locale));
            }
            rows.add(new ChangeRow(o.rowNumber(), o.action().name(), o.action().messageKey(), o.label(), changes));
        }
        return rows;
    }

    /** The model of the preview and result pages. */
    void preview(Model model, ImportRecord record, List<RowOutcome> errors, List<RowOutcome> changes) {
        model.addAttribute("imp", record);
        model.addAttribute("badRows", badRows(errors));
        model.addAttribute("changes", changeRows(changes));
    }

    /** What an import's service does for its pages, given the resolution's or period's id. */
    interface Uploader {
        long upload(String fileName, byte[] content);
    }

    /**
     * The upload form sent: {@code redisplay} gives the upload page again with the problem beside the field (the
     * form's own errors, or the import's refusal); otherwise the preview at {@code base/importId}.
     */
    static String upload(String base, ExcelUploadForm form, BindingResult result, Uploader uploader,
            Supplier<String> redisplay) {
        return Forms.submit(result, redisplay, () -> {
            MultipartFile file = form.getFile();
            return "redirect:" + base + "/" + uploader.upload(fileName(file), content(file));
        });
    }

    /** A cancelled or expired import goes back to the upload page (at {@code base}) with its status said. */
    static Optional<String> ended(ImportRecord rec, String base, RedirectAttributes ra) {
        if (rec.status() != ImportStatus.CANCELLED && rec.status() != ImportStatus.EXPIRED) {
            return Optional.empty();
        }
        ra.addFlashAttribute("flash", rec.status().messageKey());
        return Optional.of("redirect:" + base);
    }

    /** Confirms, then shows the result, or the preview with the refusal's message (an unknown import stays 404). */
    static String confirm(String base, long importId, Runnable confirm, RedirectAttributes ra) {
        try {
            confirm.run();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            ra.addFlashAttribute("importError", confirmError(e));
            ra.addFlashAttribute("importErrorArgs", e.args());
        }
        return "redirect:" + base + "/" + importId;
    }

    /** Discards, then the upload page; a refusal stays on the import with its message. */
    static String discard(String base, long importId, Runnable discard, RedirectAttributes ra) {
        try {
            discard.run();
            ra.addFlashAttribute("flash", "resolution.import.discarded");
            return "redirect:" + base;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            ra.addFlashAttribute("importError", e.messageKey());
            return "redirect:" + base + "/" + importId;
        }
    }

    /** The bytes of an uploaded file; a file that cannot be read is a refusal on the form's file field. */
    private static byte[] content(MultipartFile file) {
        if (file == null) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw DomainException.invalid("FILE_UNREADABLE", "resolution.import.error.unreadable").onField("file");
        }
    }

    /**
     * The message of a refused confirmation: its own when the import explains it (bad rows, nothing to import, not
     * waiting), and "changed meanwhile" when a write was refused by the rules (someone changed the data between the
     * check and the write; the transaction wrote nothing).
     */
    private static String confirmError(DomainException e) {
        return e.messageKey().startsWith("resolution.import.") ? e.messageKey() : "resolution.import.error.writeFailed";
    }

    private static String fileName(MultipartFile file) {
        return file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(content);
    }

    /** "so-lieu-9-thang-2026.xlsx": a file name naming the period as users read it. */
    String periodFileName(String prefix, vn.dangbo.resolution.domain.ReportingPeriod period) {
        String kind = messages.getMessage(period.kind().messageKey(), null, LocaleContextHolder.getLocale());
        return prefix + "-" + slug(kind) + "-" + period.year() + ".xlsx";
    }

    /** A file name of ASCII letters, digits and dashes from a Vietnamese text ("15-NQ/ĐU" → "15-nq-du"). */
    static String slug(String text) {
        String folded = vn.dangbo.shared.text.VietnameseText.fold(text);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
