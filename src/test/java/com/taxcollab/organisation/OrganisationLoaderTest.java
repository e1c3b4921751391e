package com.taxcollab.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.organisation.OrganisationProperties.Unit;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationLoaderTest extends IntegrationTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationProperties organisation;
    @Autowired
    Memberships memberships;

    @AfterEach
    void restoreOrganisation() {
        identityService.deleteTenant("xuwei");
        identityService.deleteGroup("archives");
        new OrganisationLoader(identityService, organisation).run(null);
    }

    @Test
    void jurisdictionsAreTenantsAndDepartmentsAreGroupsWithChineseNames() {
        assertThat(identityService.createTenantQuery().list()).extracting(Tenant::getId, Tenant::getName)
                .contains(org.assertj.core.groups.Tuple.tuple("lyg", "连云港市"),
                        org.assertj.core.groups.Tuple.tuple("haizhou", "海州区"),
                        org.assertj.core.groups.Tuple.tuple("guannan", "灌南县"));
        assertThat(identityService.createTenantQuery().count()).isEqualTo(7);
        assertThat(identityService.createGroupQuery().groupId("leadership").singleResult().getName())
                .isEqualTo("分管领导");
        assertThat(identityService.createGroupQuery().groupType(OrganisationLoader.DEPARTMENT_GROUP_TYPE).count())
                .isGreaterThanOrEqualTo(16);
    }

    @Test
    void loadingAnEditedFileAgainRenamesAndAddsWithoutDuplicating() {
        long tenantsBefore = identityService.createTenantQuery().count();
        long groupsBefore = identityService.createGroupQuery().count();
        var edited = new OrganisationProperties(
                append(rename(organisation.jurisdictions(), "haizhou", "海州区（新）"), new Unit("xuwei", "徐圩新区")),
                append(organisation.departments(), new Unit("archives", "档案馆")));

        new OrganisationLoader(identityService, edited).run(null);
        new OrganisationLoader(identityService, edited).run(null);

        assertThat(identityService.createTenantQuery().tenantId("haizhou").singleResult().getName())
                .isEqualTo("海州区（新）");
        assertThat(identityService.createTenantQuery().count()).isEqualTo(tenantsBefore + 1);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groupsBefore + 1);
    }

    @Test
    void demoUsersBelongToTheirDepartmentsAndJurisdictions() {
        assertThat(identityService.createTenantQuery().userMember("super1").count()).isEqualTo(7);
        assertThat(identityService.createTenantQuery().userMember("hzcourt1").singleResult().getId())
                .isEqualTo("haizhou");
        assertThat(identityService.createUserQuery().memberOfGroup("court").list())
                .extracting(u -> u.getId()).containsExactlyInAnyOrder("court1", "hzcourt1");
        assertThat(identityService.createUserQuery().userId("gov1").singleResult().getEmail()).contains("@");
        assertThat(identityService.checkPassword("admin", "demo")).isTrue();
    }

    @Test
    void demoUsersAreNotCreatedWhenDemoDataIsOff() {
        var off = new DemoProperties(false, List.of(new DemoProperties.DemoUser("ghost1", "幽灵", null,
                List.of("tax"), List.of("lyg"))));

        new DemoUserLoader(identityService, memberships, off).run(null);

        assertThat(identityService.createUserQuery().userId("ghost1").count()).isZero();
    }

    @Test
    void firstAdministratorComesFromConfigurationAndKeepsTheirPassword() {
        new AdminBootstrap(identityService, memberships, new AdminProperties("chief", "s3cret-1", null)).run(null);
        new AdminBootstrap(identityService, memberships, new AdminProperties("chief", "changed", null)).run(null);

        assertThat(identityService.checkPassword("chief", "s3cret-1")).isTrue();
        assertThat(identityService.createUserQuery().userId("chief").memberOfGroup("camunda-admin").count())
                .isEqualTo(1);
        identityService.deleteUser("chief");
    }

    @Test
    void aFirstAdministratorWithAWeakPasswordStopsTheStartSayingWhy() {
        AdminBootstrap weak = new AdminBootstrap(identityService, memberships, new AdminProperties("weakchief", "admin",
                null));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> weak.run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password policy");
        assertThat(identityService.createUserQuery().userId("weakchief").count()).isZero();
    }

    @Test
    void noAdministratorIsCreatedWithoutBothVariables() {
        new AdminBootstrap(identityService, memberships, new AdminProperties("lonely", "", null)).run(null);

        assertThat(identityService.createUserQuery().userId("lonely").count()).isZero();
    }

    private static List<Unit> rename(List<Unit> units, String id, String name) {
        return units.stream().map(u -> u.id().equals(id) ? new Unit(id, name) : u).toList();
    }

    private static List<Unit> append(List<Unit> units, Unit extra) {
        var all = new java.util.ArrayList<>(units);
        all.add(extra);
        return all;
    }
}
