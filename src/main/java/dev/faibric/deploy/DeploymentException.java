package dev.faibric.deploy;

import java.util.List;

/** Nothing was switched: the previous version, if any, stays live. */
public class DeploymentException extends Exception {

    private final List<String> problems;

    public DeploymentException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

}
