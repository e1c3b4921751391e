package com.taxcollab.dispute;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.RequestAttachment;
import com.taxcollab.cases.RequestAttachments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files a dispute from the API: checks everything first, then opens the case and attaches the
 * documents in one transaction, so a bad attachment leaves nothing behind either.
 */
@Service
class DisputeFiling {

    static final int MAX_MATTER = 200;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final String DEFAULT_DOCUMENT_KIND = "争议材料";

    private final CaseOpener caseOpener;
    private final RequestAttachments attachments;
    private final Organisation organisation;

    DisputeFiling(CaseOpener caseOpener, RequestAttachments attachments, Organisation organisation) {
        this.caseOpener = caseOpener;
        this.attachments = attachments;
        this.organisation = organisation;
    }

    @Transactional
    CaseRecord file(CurrentUser user, DisputeRequest request) {
        List<byte[]> contents = validate(request);
        if (!user.inJurisdiction(request.jurisdiction()) || user.departments().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权在该辖区提起争议：" + request.jurisdiction());
        }
        List<String> departments = DepartmentList.of(request.departments());
        String title = Texts.blank(request.title()) ? "争议：" + request.matter().strip() : request.title().strip();
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisputeVariables.MATTER, request.matter().strip());
        variables.put(DisputeVariables.DESCRIPTION, request.description().strip());
        variables.put(DisputeVariables.DEPARTMENTS, String.join(",", departments));
        CaseRecord opened = caseOpener.open(new NewCase(CaseType.ZY, request.jurisdiction(), title, user.id(),
                variables).involving(departments.toArray(String[]::new)));
        attachments.store(opened.caseNumber(), attachments(request), contents, DEFAULT_DOCUMENT_KIND, user.id());
        return opened;
    }

    private List<byte[]> validate(DisputeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Texts.blank(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "必须选择辖区"));
        } else if (!organisation.isJurisdiction(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "未知辖区：" + request.jurisdiction()));
        }
        List<String> departments = request.departments() == null ? List.of() : request.departments();
        for (int i = 0; i < departments.size(); i++) {
            if (!organisation.isDepartment(departments.get(i) == null ? null : departments.get(i).strip())) {
                problems.add(new FieldProblem("departments[" + i + "]", "未知部门：" + departments.get(i)));
            }
        }
        if (DepartmentList.of(departments).size() < 2) {
            problems.add(new FieldProblem("departments", "争议须涉及两个或以上不同部门"));
        }
        Texts.required(problems, "matter", request.matter(), "争议事项", MAX_MATTER);
        Texts.required(problems, "description", request.description(), "争议描述", MAX_DESCRIPTION);
        Texts.optional(problems, "title", request.title(), "标题", MAX_TITLE);
        List<byte[]> contents = attachments.decode(attachments(request), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return contents;
    }

    private static List<RequestAttachment> attachments(DisputeRequest request) {
        return request.attachments() == null ? List.of() : request.attachments();
    }
}
