package dev.faibric.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says, once the service is ready, what it runs on: the database, then what each module
 * reports of itself ({@link StartupFact}): the event bus really in use, the AI provider,
 * where apps are served.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;

    private final ObjectProvider<StartupFact> facts;

    StartupReport(DataSource dataSource, ObjectProvider<StartupFact> facts) {
        this.dataSource = dataSource;
        this.facts = facts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // JDBC URLs of these drivers carry no password; user names and hosts are fine
            // in a log.
            log.info("Database: {} {} at {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    meta.getURL().replaceAll("(?i)(password=)[^;&]*", "$1***"));
        }
        catch (SQLException e) {
            log.warn("Database: not reachable at start-up ({})", e.getMessage());
        }
        facts.orderedStream().forEach(fact -> log.info(fact.describe()));
    }

}
