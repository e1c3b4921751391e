package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ModelDeployerTest extends IntegrationTest {

    @Autowired
    ModelDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysModelsUnderTheirBareFileNames() {
        var deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);

        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId())).contains("skeleton-check.bpmn");
    }

    @Test
    void restartingWithUnchangedModelsDeploysNothingNew() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();
        long definitions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("SkeletonCheckProcess")
                .count();

        deployer.deploy();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SkeletonCheckProcess")
                .count()).isEqualTo(definitions);
    }
}
