package com.taxcollab.cases;

import static com.taxcollab.cases.CaseParticipantsTest.skeletonCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.security.CurrentUserService;
import com.taxcollab.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access rule of a case file, for a seizure case a Lianyungang tax officer opened with the
 * real-estate registry involved (and the tax bureau, whose task it has).
 */
class CaseAccessTest extends IntegrationTest {

    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseParticipants participants;
    @Autowired
    CaseAccess access;
    @Autowired
    CurrentUserService users;

    String caseNumber;

    @BeforeEach
    void openSeizureCase() {
        caseNumber = caseOpener.open(skeletonCase("tax1").involving("realestate")).caseNumber();
    }

    @Test
    void officersOfTheInvolvedDepartmentsInTheJurisdictionMayRead() {
        assertThat(canRead("tax1")).isTrue();
        assertThat(canRead("registry1")).isTrue();
    }

    @Test
    void theSameDepartmentsInAnotherJurisdictionMayNot() {
        assertThat(canRead("hztax1")).isFalse();
        assertThat(canRead("hzregistry1")).isFalse();
    }

    @Test
    void aCourtThatDidNotFileTheCaseMayNot() {
        assertThat(canRead("court1")).isFalse();
        assertThat(canRead("hzcourt1")).isFalse();
    }

    @Test
    void theInitiatorMayReadEvenWithoutAnInvolvedDepartment() {
        String filedByCourt = caseOpener.open(skeletonCase("court1").involving("realestate")).caseNumber();

        assertThat(access.canRead(users.load("court1"), filedByCourt)).isTrue();
    }

    @Test
    void aDepartmentInvolvedLaterMayReadFromThen() {
        assertThat(canRead("gov1")).isFalse();

        participants.addDepartment(caseNumber, "govoffice");

        assertThat(canRead("gov1")).isTrue();
        assertThat(canRead("hzgov1")).isFalse();
    }

    @Test
    void supervisorsOfTheJurisdictionAndAdministratorsMayRead() {
        assertThat(canRead("super1")).isTrue();
        assertThat(canRead("admin")).isTrue();
    }

    @Test
    void leadershipIsNotSupervision() {
        assertThat(canRead("lead1")).isFalse();
    }

    @Test
    void nobodyReadsACaseThatDoesNotExist() {
        assertThat(access.canRead(users.load("admin"), "ZY-2026-999999")).isFalse();
    }

    private boolean canRead(String user) {
        return access.canRead(users.load(user), caseNumber);
    }
}
