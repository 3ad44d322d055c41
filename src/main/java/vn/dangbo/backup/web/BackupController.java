package vn.dangbo.backup.web;

import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.backup.Backups;

/** "Sao lưu dữ liệu": the system administrator makes a backup now, sees the folder's backups and downloads them. */
@Controller
class BackupController {

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/backups")
    String list(Model model) {
        java.util.List<Backups.BackupFile> list = backups.list();
        model.addAttribute("backups", list);
        String example = list.isEmpty() ? "dangbo-YYYYMMDD-HHMMSS.zip" : list.get(0).name();
        model.addAttribute("restoreCommand", "java -jar dangbo.jar --restore=" + backups.folder().resolve(example));
        model.addAttribute("folder", backups.folder());
        model.addAttribute("keep", backups.keep());
        model.addAttribute("dailyAt", backups.dailyAt());
        return "backup/list";
    }

    @PostMapping("/backups")
    String create(RedirectAttributes ra) {
        Backups.Written w = backups.createNow();
        ra.addFlashAttribute("flash", "backup.created");
        ra.addFlashAttribute("flashArgs", new Object[] {w.file().getFileName().toString(), w.rows()});
        return "redirect:/backups";
    }

    @GetMapping("/backups/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = backups.download(name).orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFileName() + "\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(new FileSystemResource(file));
    }
}
