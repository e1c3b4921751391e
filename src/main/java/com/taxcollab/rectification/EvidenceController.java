package com.taxcollab.rectification;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unit attaches evidence of its rectification to an item: the file goes into the case file
 * (checked, hashed, audited there) and is tied to the item.
 */
@RestController
class EvidenceController {

    static final String KIND = "整改证据";

    private final JdbcTemplate jdbc;
    private final RectificationRepository repository;
    private final CaseDocuments documents;
    private final CurrentUserService currentUsers;

    EvidenceController(JdbcTemplate jdbc, RectificationRepository repository, CaseDocuments documents,
            CurrentUserService currentUsers) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.documents = documents;
        this.currentUsers = currentUsers;
    }

    @PostMapping(path = "/api/rectifications/items/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    ResponseEntity<Evidence> attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        CurrentUser user = currentUsers.require();
        if (!visible(user, id)) {
            throw new NotFoundException("整改事项不存在：" + id);
        }
        ItemRow item = repository.item(id);
        if (!user.inDepartment(item.department())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有负责整改的单位可以补充整改证据");
        }
        if (item.status() == ItemStatus.CLOSED) {
            throw new InvalidInputException("id", "整改事项已销号，不能再补充证据");
        }
        if (file == null) {
            throw new InvalidInputException("file", "请选择要上传的文件");
        }
        long document = documents.store(item.caseNumber(), KIND + "（第" + position(id) + "项）",
                file.getOriginalFilename(), file.getBytes(), user.id());
        jdbc.update("INSERT INTO rectification_evidence (item_id, document_id) VALUES (?, ?)", id, document);
        return ResponseEntity.created(URI.create("/cases/" + item.caseNumber()))
                .body(new Evidence(id, item.caseNumber(), document));
    }

    private boolean visible(CurrentUser user, long id) {
        List<Object> args = new ArrayList<>();
        String condition = ItemVisibility.condition(user, args);
        args.add(id);
        return jdbc.queryForObject("SELECT COUNT(*) FROM rectification_items i WHERE " + condition + " AND i.id = ?",
                Integer.class, args.toArray()) > 0;
    }

    private int position(long id) {
        return jdbc.queryForObject("SELECT position FROM rectification_items WHERE id = ?", Integer.class, id);
    }

    record Evidence(long itemId, String caseNumber, long documentId) {
    }
}
