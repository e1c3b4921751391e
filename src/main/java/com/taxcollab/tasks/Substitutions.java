package com.taxcollab.tasks;

import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 代理: an officer names a substitute of the same department and jurisdiction for a period (or a
 * supervisor or the security administrator does it for an absent officer). During it the tasks
 * offered or assigned to the officer are in the substitute's 待办, marked 代理, and the substitute works
 * them in their own name; the timeline and the audit say on whose behalf.
 */
@Service
public class Substitutions {

    /** Long enough for a leave; a longer absence is a change of post, not a substitution. */
    static final int MAX_DAYS = 92;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUserService users;
    private final EngineAsSystem engine;
    private final CaseAudit audit;
    private final IdentityService identityService;

    Substitutions(JdbcClient jdbc, Clock clock, CurrentUserService users, EngineAsSystem engine, CaseAudit audit,
            IdentityService identityService) {
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.clock = clock;
        this.users = users;
        this.engine = engine;
        this.audit = audit;
    }

    public record Substitution(String user, String userName, String substitute, String substituteName,
            LocalDate from, LocalDate to, boolean activeToday) {
    }

    Optional<Substitution> of(String userId) {
        return jdbc.sql("SELECT user_id, substitute_id, from_date, to_date FROM substitutions WHERE user_id = ?")
                .param(userId).query((rs, n) -> view(rs.getString("user_id"), rs.getString("substitute_id"),
                        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
                .optional();
    }

    /** The officers the user stands in for today. */
    List<String> principalsOf(String substituteId) {
        LocalDate today = today();
        return jdbc.sql("SELECT user_id FROM substitutions WHERE substitute_id = ? AND from_date <= ? AND to_date >= ?")
                .params(substituteId, today, today).query(String.class).list();
    }

    /** Whether the user stands in for this officer today. */
    boolean standsInFor(String substituteId, String principalId) {
        return principalId != null && principalsOf(substituteId).contains(principalId);
    }

    /**
     * Sets (or with no substitute, ends) the substitution of {@code userId}: by the officer, or by a
     * supervisor or the security administrator for an officer who is away.
     */
    @Transactional
    Optional<Substitution> set(CurrentUser by, String userId, String substitute, String from, String to,
            String address) {
        if (!by.id().equals(userId) && !mayArrangeFor(by)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本人、督查督办人员或安全管理员可以设置代理");
        }
        CurrentUser principal = engine.call(() -> users.load(userId));
        if (principal.departments().isEmpty()) {
            throw new com.taxcollab.system.NotFoundException("没有这位办理人员：" + userId);
        }
        if (Texts.blank(substitute)) {
            jdbc.sql("DELETE FROM substitutions WHERE user_id = ?").param(userId).update();
            audit.record(by.id(), null, AuditAction.SUBSTITUTE_SET, principal.name() + "：取消代理", true, address);
            return Optional.empty();
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDate = date(problems, "from", from, "代理开始日期");
        LocalDate toDate = date(problems, "to", to, "代理结束日期");
        CurrentUser colleague = engine.call(() -> users.load(substitute.strip()));
        if (colleague.id().equals(userId)) {
            problems.add(new FieldProblem("substitute", "代理人不能是本人"));
        } else if (!sharesPost(principal, colleague)) {
            problems.add(new FieldProblem("substitute", "代理人应为同一部门、同一辖区的同事：" + substitute.strip()));
        }
        if (fromDate != null && toDate != null) {
            if (toDate.isBefore(fromDate)) {
                problems.add(new FieldProblem("to", "代理结束日期不能早于开始日期"));
            } else if (toDate.isBefore(today())) {
                problems.add(new FieldProblem("to", "代理结束日期已经过去"));
            } else if (fromDate.plusDays(MAX_DAYS).isBefore(toDate)) {
                problems.add(new FieldProblem("to", "代理期限最长 " + MAX_DAYS + " 天"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("DELETE FROM substitutions WHERE user_id = ?").param(userId).update();
        jdbc.sql("INSERT INTO substitutions (user_id, substitute_id, from_date, to_date, set_by, set_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)").params(userId, colleague.id(), fromDate, toDate, by.id(),
                OffsetDateTime.now(clock)).update();
        audit.record(by.id(), null, AuditAction.SUBSTITUTE_SET, principal.name() + " 由 " + colleague.name() + " 代理，"
                + fromDate + " 至 " + toDate, true, address);
        return of(userId);
    }

    public record Colleague(String id, String name) {
    }

    /** Whom the user may name as substitute. */
    List<Colleague> candidates(CurrentUser user) {
        return engine.call(() -> user.departments().stream()
                .flatMap(department -> identityService.createUserQuery().memberOfGroup(department).list().stream())
                .map(org.camunda.bpm.engine.identity.User::getId).distinct().filter(id -> !id.equals(user.id()))
                .map(users::load).filter(colleague -> sharesPost(user, colleague))
                .map(colleague -> new Colleague(colleague.id(), colleague.name())).toList());
    }

    /** Whom the user may name: colleagues sharing a department and a jurisdiction. */
    boolean sharesPost(CurrentUser principal, CurrentUser colleague) {
        return principal.departments().stream().anyMatch(colleague::inDepartment)
                && principal.jurisdictions().stream().anyMatch(colleague::inJurisdiction);
    }

    private static boolean mayArrangeFor(CurrentUser by) {
        return by.securityAdmin() || by.inDepartment(Departments.SUPERVISION);
    }

    private Substitution view(String userId, String substituteId, LocalDate from, LocalDate to) {
        LocalDate today = today();
        return new Substitution(userId, nameOf(userId), substituteId, nameOf(substituteId), from, to,
                !today.isBefore(from) && !today.isAfter(to));
    }

    String nameOf(String userId) {
        return engine.call(() -> users.load(userId)).name();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String value, String label) {
        if (Texts.blank(value)) {
            problems.add(new FieldProblem(field, label + "：必须填写"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, label + "：应为日期，如 2026-12-31"));
            return null;
        }
    }
}
