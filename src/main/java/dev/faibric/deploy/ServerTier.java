package dev.faibric.deploy;

/**
 * Runs apps' server code: the Docker tier (a container per version on the local engine)
 * or the Kubernetes tier (a Deployment per app). Blue/green: a version that fails to
 * build or to become healthy throws, and the version that was live keeps serving.
 */
public interface ServerTier {

    Tier tier();

    /**
     * Builds and starts this version and waits until it is healthy; the deployer then
     * switches the app's traffic to it.
     */
    ServerDeployment deploy(ServerRelease release, DeployLog log) throws DeploymentException;

    /**
     * Once traffic has switched to {@code live}, stops everything else that served the
     * app and cleans up what only earlier versions used (a tier that rolls versions
     * itself has nothing to do).
     */
    default void retire(ServerDeployment live) {
    }

    /**
     * Removes everything this tier runs or keeps for the app: containers, images,
     * objects.
     */
    void remove(String slug);

}
