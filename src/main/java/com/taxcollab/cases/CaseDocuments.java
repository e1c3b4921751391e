package com.taxcollab.cases;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case file, stored in the database with their SHA-256. Documents are never
 * modified: a new version is a new document. Every download checks the hash.
 */
@Service
public class CaseDocuments {

    static final String COLUMNS = "id, case_number, kind, file_name, media_type, size_bytes, sha256, uploaded_by,"
            + " uploaded_at";
    static final int MAX_KIND_LENGTH = 64;
    static final int MAX_FILE_NAME_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final CaseRegistry registry;
    private final DocumentProperties properties;
    private final Clock clock;

    CaseDocuments(JdbcTemplate jdbc, CaseRegistry registry, DocumentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Attaches a document to the case and returns its id. PDF, OFD, JPEG and PNG only, recognised by
     * content; a bad document is refused with {@link InvalidInputException} (field {@code file} or
     * {@code kind}) and nothing is stored.
     */
    @Transactional
    public long store(String caseNumber, String kind, String fileName, byte[] content, String uploader) {
        CaseRecord record = registry.find(caseNumber).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNumber));
        DocumentType type = check(kind, fileName, content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO case_documents (case_number, kind, file_name,"
                    + " media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, record.caseNumber());
            statement.setString(2, kind.strip());
            statement.setString(3, baseName(fileName));
            statement.setString(4, type.mediaType());
            statement.setLong(5, content.length);
            statement.setString(6, sha256(content));
            statement.setBytes(7, content);
            statement.setString(8, uploader);
            statement.setObject(9, now);
            return statement;
        }, key);
        registry.touch(caseNumber, now);
        return key.getKey().longValue();
    }

    /** Copies every document of one case into another (a case opened from it), under {@code kind}. */
    @Transactional
    public void copyAll(String fromCase, String toCase, String kind, String by) {
        for (CaseDocument document : list(fromCase)) {
            store(toCase, kind, document.fileName(), content(document), by);
        }
    }

    public List<CaseDocument> list(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM case_documents WHERE case_number = ? ORDER BY uploaded_at, id",
                CaseDocuments::map, caseNumber);
    }

    public Optional<CaseDocument> find(String caseNumber, long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM case_documents WHERE case_number = ? AND id = ?",
                CaseDocuments::map, caseNumber, id).stream().findFirst();
    }

    /** The document's content, after checking it still has the hash it was stored with. */
    public byte[] content(CaseDocument document) {
        byte[] content = jdbc.queryForObject("SELECT content FROM case_documents WHERE id = ?", byte[].class,
                document.id());
        if (!sha256(content).equals(document.sha256())) {
            throw new TamperedDocumentException(document);
        }
        return content;
    }

    private DocumentType check(String kind, String fileName, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null || kind.isBlank()) {
            problems.add(new FieldProblem("kind", "请选择文书类型"));
        } else if (kind.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem("kind", "文书类型含有不允许的空字符（NUL）"));
        } else if (kind.strip().length() > MAX_KIND_LENGTH) {
            problems.add(new FieldProblem("kind", "文书类型不能超过 " + MAX_KIND_LENGTH + " 个字"));
        }
        DocumentType type = null;
        if (content == null || content.length == 0) {
            problems.add(new FieldProblem("file", "文件为空，请选择要上传的文件"));
        } else if (content.length > properties.maxSize().toBytes()) {
            problems.add(new FieldProblem("file", "文件过大：不能超过 " + properties.maxSize().toMegabytes() + " MB"));
        } else if (fileName != null && fileName.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem("file", "文件名含有不允许的空字符（NUL），请重命名后上传"));
        } else if (baseName(fileName).length() > MAX_FILE_NAME_LENGTH) {
            problems.add(new FieldProblem("file", "文件名不能超过 " + MAX_FILE_NAME_LENGTH + " 个字符"));
        } else {
            type = DocumentType.ofContent(content).orElse(null);
            Optional<DocumentType> claimed = DocumentType.ofExtension(extension(fileName));
            if (type == null) {
                problems.add(new FieldProblem("file", "文件类型不受支持：只接受 PDF、OFD、JPEG、PNG 文件（按文件内容识别）"));
            } else if (claimed.isPresent() && claimed.get() != type) {
                problems.add(new FieldProblem("file", "文件扩展名与内容不符：文件名表明是" + claimed.get().label()
                        + "，内容却是" + type.label()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return type;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "未命名";
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String extension(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static CaseDocument map(ResultSet rs, int row) throws SQLException {
        return new CaseDocument(rs.getLong("id"), rs.getString("case_number"), rs.getString("kind"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
