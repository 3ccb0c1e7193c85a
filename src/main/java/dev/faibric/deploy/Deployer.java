package dev.faibric.deploy;

import dev.faibric.project.SourceFile;
import java.util.List;

/** A way to run a version of an app and give it a URL (the seed's static, docker and kubernetes strategies). */
public interface Deployer {

    Deployment deploy(AppRelease release) throws DeploymentException;

    /** What to deploy: one immutable version of one app. */
    record AppRelease(String slug, String title, int version, List<SourceFile> files) {
    }
}
