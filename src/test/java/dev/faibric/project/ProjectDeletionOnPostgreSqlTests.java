package dev.faibric.project;

import dev.faibric.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@link ProjectDeletionCases} on the real PostgreSQL. */
class ProjectDeletionOnPostgreSqlTests extends PostgresIntegrationTest implements ProjectDeletionCases {

    @Autowired
    ApplicationContext context;

    @Override
    public Service service() {
        return new Service(api(), this.port, this.context);
    }

}
