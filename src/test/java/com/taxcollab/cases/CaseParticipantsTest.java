package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty.Kind;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.system.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A process names the departments and parties of a case when it opens it, and involves more later. */
class CaseParticipantsTest extends IntegrationTest {

    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseParticipants participants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openingRecordsTheDepartmentsAndPartiesInTheirOrder() {
        CaseRecord opened = caseOpener.open(skeletonCase("court1").involving("court", "realestate").withParties(
                new CaseParty(Kind.TAXPAYER, "连云港某某贸易有限公司", "91320700MA1XXXXX1K", "被执行人"),
                new CaseParty(Kind.COURT, "连云港市中级人民法院")));

        assertThat(participants.departments(opened.caseNumber())).contains("court", "realestate");
        assertThat(participants.parties(opened.caseNumber())).containsExactly(
                new CaseParty(Kind.TAXPAYER, "连云港某某贸易有限公司", "91320700MA1XXXXX1K", "被执行人"),
                new CaseParty(Kind.COURT, "连云港市中级人民法院", null, null));
    }

    @Test
    void casesOpenedTheOldWayHaveNoPartiesAndOnlyTheDepartmentsOfTheirTasks() {
        CaseRecord opened = caseOpener.open(skeletonCase("court1"));

        assertThat(participants.parties(opened.caseNumber())).isEmpty();
        assertThat(participants.departments(opened.caseNumber())).containsExactly("tax");
    }

    @Test
    void aDepartmentInvolvedLaterJoinsOnce() {
        CaseRecord opened = caseOpener.open(skeletonCase("tax1"));

        participants.addDepartment(opened.caseNumber(), "govoffice");
        participants.addDepartment(opened.caseNumber(), "govoffice");

        assertThat(participants.departments(opened.caseNumber())).containsExactly("tax", "govoffice");
    }

    @Test
    void anUnknownDepartmentOrANamelessPartyOpensNothing() {
        long casesBefore = countCases();

        assertThatThrownBy(() -> caseOpener.open(skeletonCase("tax1").involving("nosuchdepartment")
                .withParties(new CaseParty(Kind.DEBTOR, " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("departments[0]", "parties[0].name"));

        assertThat(countCases()).isEqualTo(casesBefore);
    }

    static NewCase skeletonCase(String initiator) {
        return new NewCase(CaseType.ZY, "SkeletonCheckProcess", "lyg", "案卷测试案件", initiator, Map.of());
    }

    private long countCases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class);
    }
}
