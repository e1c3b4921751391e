package com.taxcollab.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code bpmn/} and {@code forms/} as one deployment, under its bare file
 * name so that a jar and an exploded classpath deploy the same thing. The engine's duplicate filter
 * skips the deployment when nothing changed; when anything changed all models are deployed
 * together, because forms bound with {@code formRefBinding="deployment"} must sit beside their BPMN.
 */
@Component
class ModelDeployer {

    static final String DEPLOYMENT_NAME = "taxcollab";
    static final List<String> PATTERNS = List.of(
            "classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form");
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @EventListener(ApplicationStartedEvent.class)
    void deploy() throws IOException {
        List<Resource> models = models();
        if (models.isEmpty()) {
            return;
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME).source("taxcollab").enableDuplicateFiltering(false);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                builder.addInputStream(model.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info("Models in force: {} resources, deployment {}", models.size(), deployment.getId());
    }

    private List<Resource> models() throws IOException {
        List<Resource> models = new ArrayList<>();
        for (String pattern : PATTERNS) {
            models.addAll(List.of(resolver.getResources(pattern)));
        }
        models.sort(Comparator.comparing(Resource::getFilename));
        return models;
    }
}
