package vn.dangbo.member.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangbo.member.MemberExport;

/** The filtered member list as an .xlsx register; same filter parameters as the list page. */
@Controller
class MemberExportController {

    private final MemberExport export;

    MemberExportController(MemberExport export) {
        this.export = export;
    }

    @GetMapping("/members/export.xlsx")
    void export(@ModelAttribute MemberFilter filter, HttpServletResponse response) throws IOException {
        MemberExport.Prepared prepared = export.prepare(filter.query());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDispositions.attachment(prepared.fileName()));
        response.setHeader("Cache-Control", "no-store");
        export.write(prepared, response.getOutputStream());
    }
}
