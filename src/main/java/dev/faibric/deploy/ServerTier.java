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
     * Once traffic has switched to {@code liveVersion}, stops what served earlier
     * versions and cleans up what only they used (a tier that rolls versions itself has
     * nothing to do).
     */
    default void retire(String slug, int liveVersion) {
    }

    /**
     * Removes everything this tier runs or keeps for the app: containers, images,
     * objects.
     */
    void remove(String slug);

}
