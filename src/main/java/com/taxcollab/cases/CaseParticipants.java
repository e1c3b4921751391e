package com.taxcollab.cases;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who a case involves: the departments (Camunda groups, within the case's jurisdiction) whose users
 * may read it, and the parties it is about. Processes add a department when they involve it later,
 * e.g. on escalation to the government office.
 */
@Service
public class CaseParticipants {

    private final JdbcTemplate jdbc;
    private final Organisation organisation;
    private final Clock clock;

    CaseParticipants(JdbcTemplate jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Involves the department in the case; nothing happens if it already is. */
    public void addDepartment(String caseNumber, String departmentId) {
        if (!organisation.isDepartment(departmentId)) {
            throw new InvalidInputException("departmentId", "未知部门：" + departmentId);
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM cases WHERE case_number = ?", Integer.class, caseNumber) == 0) {
            throw new NotFoundException("案件不存在：" + caseNumber);
        }
        insertDepartment(caseNumber, departmentId);
    }

    /** The departments involved, in the order they joined. */
    public List<String> departments(String caseNumber) {
        return jdbc.queryForList("SELECT department_id FROM case_departments WHERE case_number = ?"
                + " ORDER BY added_at, department_id", String.class, caseNumber);
    }

    /** The parties, in the order the process gave them, with full identity numbers: mask them in lists. */
    public List<CaseParty> parties(String caseNumber) {
        return jdbc.query("SELECT kind, name, id_number, role FROM case_parties WHERE case_number = ?"
                + " ORDER BY position",
                (rs, row) -> new CaseParty(CaseParty.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getString("id_number"), rs.getString("role")), caseNumber);
    }

    /** The parties of many cases in one query, for lists: case number → its parties in order. */
    public Map<String, List<CaseParty>> partiesOf(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<CaseParty>> parties = new HashMap<>();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        named.query("SELECT case_number, kind, name, id_number, role FROM case_parties"
                + " WHERE case_number IN (:numbers) ORDER BY case_number, position", Map.of("numbers", caseNumbers),
                rs -> {
                    parties.computeIfAbsent(rs.getString("case_number"), n -> new ArrayList<>()).add(new CaseParty(
                            CaseParty.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                            rs.getString("id_number"), rs.getString("role")));
                });
        return parties;
    }

    void validate(List<String> departments, List<CaseParty> parties) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            if (!organisation.isDepartment(departments.get(i))) {
                problems.add(new FieldProblem("departments[" + i + "]", "未知部门：" + departments.get(i)));
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            CaseParty party = parties.get(i);
            if (party == null || party.kind() == null) {
                problems.add(new FieldProblem("parties[" + i + "].kind", "必须填写当事人类型"));
            }
            if (party == null || party.name() == null || party.name().isBlank()) {
                problems.add(new FieldProblem("parties[" + i + "].name", "必须填写当事人名称"));
            } else if (party.name().length() > 300) {
                problems.add(new FieldProblem("parties[" + i + "].name", "名称不能超过 300 个字"));
            }
            if (party != null && party.idNumber() != null && party.idNumber().length() > 64) {
                problems.add(new FieldProblem("parties[" + i + "].idNumber", "证件号码不能超过 64 位"));
            }
            if (party != null && party.role() != null && party.role().length() > 200) {
                problems.add(new FieldProblem("parties[" + i + "].role", "角色说明不能超过 200 个字"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    void record(String caseNumber, List<String> departments, List<CaseParty> parties) {
        departments.stream().distinct().forEach(department -> insertDepartment(caseNumber, department));
        for (int i = 0; i < parties.size(); i++) {
            CaseParty party = parties.get(i);
            jdbc.update("INSERT INTO case_parties (case_number, position, kind, name, id_number, role)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", caseNumber, i, party.kind().name(), party.name().strip(),
                    party.idNumber(), party.role());
        }
    }

    /**
     * Also called from the engine when a task names a candidate group: only for registered cases,
     * so that a call activity's own instance (no case row of its own) is not broken by it.
     */
    void insertDepartment(String caseNumber, String departmentId) {
        jdbc.update("INSERT INTO case_departments (case_number, department_id, added_at)"
                + " SELECT case_number, ?, ? FROM cases c WHERE c.case_number = ? AND NOT EXISTS"
                + " (SELECT 1 FROM case_departments d WHERE d.case_number = c.case_number AND d.department_id = ?)",
                departmentId, OffsetDateTime.now(clock), caseNumber, departmentId);
    }
}
