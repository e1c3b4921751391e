package com.taxcollab.assessment;

import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.validation.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The circulars issued to the caller's jurisdictions, the latest first, searched by title or 文号. */
@RestController
class CircularController {

    private final JdbcTemplate jdbc;
    private final CurrentUserService currentUsers;

    CircularController(JdbcTemplate jdbc, CurrentUserService currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    record Circular(String caseNumber, String documentNumber, String title, LocalDate issuedOn, String authority,
            String href) {
    }

    @GetMapping("/api/circulars")
    List<Circular> circulars(@RequestParam(required = false) String q) {
        CurrentUser user = currentUsers.require();
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        String search = Texts.search(q);
        List<Object> args = new ArrayList<>(List.of(CaseType.TB.name()));
        args.addAll(user.jurisdictions());
        String narrowing = "";
        if (search != null) {
            narrowing = " AND (i.title LIKE ? OR i.document_number LIKE ?)";
            args.add(Texts.containing(search));
            args.add(Texts.containing(search));
        }
        return jdbc.query("SELECT i.case_number, i.document_number, i.title, i.issued_on, i.authority, i.document_id"
                + " FROM issued_documents i JOIN cases c ON c.case_number = i.case_number WHERE c.case_type = ?"
                + " AND c.jurisdiction IN (" + String.join(",", Collections.nCopies(user.jurisdictions().size(), "?"))
                + ")" + narrowing + " ORDER BY i.issued_on DESC, i.document_number DESC LIMIT 200",
                (rs, n) -> new Circular(rs.getString("case_number"), rs.getString("document_number"),
                        rs.getString("title"), rs.getObject("issued_on", LocalDate.class), rs.getString("authority"),
                        "/api/cases/" + rs.getString("case_number") + "/documents/" + rs.getLong("document_id")),
                args.toArray());
    }
}
