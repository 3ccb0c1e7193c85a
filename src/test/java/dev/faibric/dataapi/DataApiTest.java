package dev.faibric.dataapi;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Projects;
import dev.faibric.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A test of the data API: the whole service, and apps with data made for it. */
abstract class DataApiTest extends IntegrationTest {

    @Autowired
    Projects projects;

    @Autowired
    AppDataStore store;

    DataApps apps;

    @BeforeEach
    void dataApps() {
        this.apps = new DataApps(this.projects, this.store, this.port);
    }

}
