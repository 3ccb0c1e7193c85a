package dev.faibric.deploy;

/**
 * Runs apps' server code: the Docker tier (a container per version on the local engine)
 * or the Kubernetes tier (a Deployment per app). Blue/green: a version that fails to
 * build or to become healthy throws, and the version that was live keeps serving.
 */
public interface ServerTier {

    Tier tier();

    /**
     * Builds and starts this version, waits until it is healthy, then switches traffic to
     * it.
     */
    ServerDeployment deploy(ServerRelease release, DeployLog log) throws DeploymentException;

    /**
     * Removes everything this tier runs or keeps for the app: containers, images,
     * objects.
     */
    void remove(String slug);

}
