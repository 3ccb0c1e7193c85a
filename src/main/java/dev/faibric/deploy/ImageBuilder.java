package dev.faibric.deploy;

/**
 * Builds the image of one version of an app's server code, on the cached base image, and
 * says its reference ({@code faibric-app-<slug>:v<n>}). The Docker tier builds one to
 * run; the Kubernetes tier builds one for its Deployment.
 */
public interface ImageBuilder {

    String build(ServerRelease release, DeployLog log) throws DeploymentException;

}
