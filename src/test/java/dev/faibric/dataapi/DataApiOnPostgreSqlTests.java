package dev.faibric.dataapi;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Projects;
import dev.faibric.support.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link CrossAccessCases}, {@link HostileDataCases} and {@link ReferenceOwnerCases} on
 * the real PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataApiOnPostgreSqlTests extends PostgresIntegrationTest
        implements CrossAccessCases, HostileDataCases, ReferenceOwnerCases {

    @Autowired
    AppDataStore store;

    @Autowired
    Projects projects;

    private TwoApps apps;

    @BeforeAll
    void twoApps() {
        this.apps = new TwoApps(api(), this.projects, this.port, this.store);
    }

    @Override
    public TwoApps apps() {
        return this.apps;
    }

    @Override
    public Map<String, Long> stored(long projectId) {
        return this.store.counts(projectId);
    }

}
