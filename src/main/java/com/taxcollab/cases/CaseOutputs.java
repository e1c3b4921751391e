package com.taxcollab.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the tax bureau works out in a court case. Guidance and assessment are issued to the court
 * (the court API shows them with their document); the drafted estimate stays with the tax officer.
 */
@Service
public class CaseOutputs {

    public enum Kind {
        TAX_ESTIMATE("税负测算（草稿）", false),
        TAX_GUIDANCE("税费指引", true),
        TAX_ASSESSMENT("应纳税费核定", true);

        private final String label;
        private final boolean issuedToCourt;

        Kind(String label, boolean issuedToCourt) {
            this.label = label;
            this.issuedToCourt = issuedToCourt;
        }

        public String label() {
            return label;
        }
    }

    /** One output as the court API shows it. */
    public record Output(long id, Kind kind, Map<String, Object> content, Long documentId, String issuedBy,
            OffsetDateTime issuedAt) {
    }

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    CaseOutputs(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void record(String caseNumber, Kind kind, Map<String, Object> content, Long documentId, String issuedBy) {
        try {
            jdbc.update("INSERT INTO court_case_outputs (case_number, kind, payload_json, document_id, issued_by,"
                    + " issued_at) VALUES (?, ?, ?, ?, ?, ?)", caseNumber, kind.name(),
                    json.writeValueAsString(content),
                    documentId, issuedBy, OffsetDateTime.now(clock));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("output of case " + caseNumber + " is not JSON-serialisable", e);
        }
    }

    public Optional<Output> latest(String caseNumber, Kind kind) {
        return outputs(caseNumber).stream().filter(o -> o.kind() == kind).reduce((first, second) -> second);
    }

    public List<Output> issuedToCourt(String caseNumber) {
        return outputs(caseNumber).stream().filter(o -> o.kind().issuedToCourt).toList();
    }

    private List<Output> outputs(String caseNumber) {
        return jdbc.query("SELECT id, kind, payload_json, document_id, issued_by, issued_at FROM court_case_outputs"
                + " WHERE case_number = ? ORDER BY issued_at, id", (rs, row) -> new Output(rs.getLong("id"),
                        Kind.valueOf(rs.getString("kind")), read(rs.getString("payload_json")),
                        (Long) rs.getObject("document_id", Long.class), rs.getString("issued_by"),
                        rs.getObject("issued_at", OffsetDateTime.class)), caseNumber);
    }

    private Map<String, Object> read(String payload) {
        try {
            return json.readValue(payload, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored output is not JSON", e);
        }
    }
}
