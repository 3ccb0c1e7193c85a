package dev.faibric.project;

import dev.faibric.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@link ProjectDeletionCases} on H2. */
class ProjectDeletionOnH2Tests extends IntegrationTest implements ProjectDeletionCases {

    @Autowired
    ApplicationContext context;

    @Override
    public Service service() {
        return new Service(api(), this.port, this.context);
    }

}
