package com.taxcollab.taxpaid;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tax bureau fills the register: an officer one piece at a time or a spreadsheet all or nothing,
 * the bureau's own systems by evidence number. Evidence does not change once recorded: the same
 * evidence again is a no-op, different content under a recorded number is a conflict.
 */
@Service
class TaxPaidRegister {

    enum Source { OFFICER, IMPORT, INTEGRATION }

    record Recorded(String evidenceNo, boolean created) {
    }

    private final EvidenceValidator validator;
    private final TaxPaidEvidenceRepository evidence;
    private final Clock clock;

    TaxPaidRegister(EvidenceValidator validator, TaxPaidEvidenceRepository evidence, Clock clock) {
        this.validator = validator;
        this.evidence = evidence;
        this.clock = clock;
    }

    Recorded record(CurrentUser user, EvidenceRequest request, Source source) {
        requireTax(user);
        TaxPaidEvidence valid = validator.valid(request);
        requireOffice(user, valid);
        return store(user, valid, source);
    }

    /**
     * A spreadsheet, all or nothing: every row is checked first and each problem named by its row
     * ({@code rows[3].taxOffice}, "第3行：…"), as the officer sees the sheet.
     */
    @Transactional
    List<Recorded> importRows(CurrentUser user, List<EvidenceSpreadsheet.Row> rows) {
        requireTax(user);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "表中没有凭证（从第 2 行起填写）");
        }
        if (rows.size() > EvidenceSpreadsheet.MAX_ROWS) {
            throw new InvalidInputException("file", "一次最多导入 " + EvidenceSpreadsheet.MAX_ROWS + " 份凭证");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<TaxPaidEvidence> valid = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (EvidenceSpreadsheet.Row row : rows) {
            List<FieldProblem> found = new ArrayList<>();
            TaxPaidEvidence e = validator.check(row.request(), "", found);
            if (e != null && !user.inJurisdiction(e.taxOffice())) {
                found.add(new FieldProblem("taxOffice", "只能登记本人所在辖区税务机关开具的凭证"));
            } else if (e != null && !numbers.add(e.evidenceNo())) {
                found.add(new FieldProblem("evidenceNo", "凭证号码在本表中重复：" + e.evidenceNo()));
            }
            found.forEach(p -> problems.add(new FieldProblem("rows[" + row.number() + "]." + p.field(),
                    "第" + row.number() + "行：" + p.message())));
            valid.add(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid.stream().map(e -> store(user, e, Source.IMPORT)).toList();
    }

    private Recorded store(CurrentUser user, TaxPaidEvidence valid, Source source) {
        var known = evidence.find(valid.evidenceNo());
        if (known.isEmpty()) {
            try {
                evidence.insert(valid, source.name(), user.id(), OffsetDateTime.now(clock));
                return new Recorded(valid.evidenceNo(), true);
            } catch (DuplicateKeyException meanwhile) {
                throw new ResponseStatusException(HttpStatus.CONFLICT,
                        "凭证号码 " + valid.evidenceNo() + " 正由他人同时登记，请稍后重试");
            }
        }
        if (!known.get().sameAs(valid)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "凭证号码 " + valid.evidenceNo() + " 已登记，内容与本次不同；已登记的凭证不能修改");
        }
        return new Recorded(valid.evidenceNo(), false);
    }

    private static void requireTax(CurrentUser user) {
        if (!user.inDepartment(Departments.TAX)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有税务机关可以登记完税凭证");
        }
    }

    private static void requireOffice(CurrentUser user, TaxPaidEvidence valid) {
        if (!user.inJurisdiction(valid.taxOffice())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能登记本人所在辖区税务机关开具的凭证");
        }
    }
}
