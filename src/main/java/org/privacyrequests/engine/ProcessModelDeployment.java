package org.privacyrequests.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.privacyrequests.company.CompanyFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the process models and decision tables when the engine starts: the product's own ({@code processes/} on the
 * classpath), each replaced by the company folder's file of the same name in its {@code processes/}, and the folder's
 * other models added. Only what changed since the last start becomes a new version (duplicate filtering by file name),
 * so a restart, or a second node started from the same files, deploys nothing. A file removed from the folder stays
 * deployed in the version it last had; the product's own file of that name comes back as a new version.
 *
 * <p>The forms are deployed in the staff language by {@code stafflanguage/StaffForms}; the models find them by key
 * ({@code formRefBinding="latest"}), so they need not be in the same deployment. The starter's own auto-deployment is off.
 */
@Component
public class ProcessModelDeployment extends AbstractProcessEnginePlugin {

    /** The name of the deployments of this class: duplicates are looked for among deployments of this name. */
    public static final String DEPLOYMENT_NAME = "privacy-requests processes";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessModelDeployment.class);
    private static final String[] EXTENSIONS = {".bpmn", ".dmn"};

    private final CompanyFolder companyFolder;

    public ProcessModelDeployment(CompanyFolder companyFolder) {
        this.companyFolder = companyFolder;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, Resource> models = models();
        List<Path> companys = companyModels();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        models.forEach((name, resource) -> {
            try (InputStream in = resource.getInputStream()) {
                deployment.addInputStream("processes/" + name, new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Process model " + resource + " cannot be read: " + e.getMessage(), e);
            }
        });
        var deployed = deployment.deployWithResult();
        // Nothing changed: the engine answers with the last deployment, without definitions of its own.
        long newVersions = count(deployed.getDeployedProcessDefinitions()) + count(deployed.getDeployedDecisionDefinitions());
        LOG.info("Process models: {} files, of which from the company folder {}; {} new version(s)", models.size(),
                companys.stream().map(p -> p.getFileName().toString()).toList(), newVersions);
    }

    private List<Path> companyModels() {
        return java.util.Arrays.stream(EXTENSIONS).flatMap(e -> companyFolder.files("processes", e).stream()).toList();
    }

    private static long count(List<?> definitions) {
        return definitions == null ? 0 : definitions.size();
    }

    /** By file name: the product's, with the company folder's laid over them. */
    Map<String, Resource> models() {
        Map<String, Resource> models = new TreeMap<>();
        try {
            for (String extension : EXTENSIONS) {
                for (Resource builtIn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*" + extension)) {
                    models.put(builtIn.getFilename(), builtIn);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The product's process models cannot be read: " + e.getMessage(), e);
        }
        for (Path own : companyModels()) {
            models.put(own.getFileName().toString(), new FileSystemResource(own));
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No process models found under processes/ on the classpath");
        }
        return models;
    }
}
