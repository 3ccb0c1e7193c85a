package dev.faibric.deploy;

/**
 * Where a tier says what it is doing while it builds and starts a version (image build
 * steps, the container's first output): the chat shows these lines as they come.
 */
@FunctionalInterface
public interface DeployLog {

    DeployLog NONE = line -> {
    };

    void line(String text);

}
