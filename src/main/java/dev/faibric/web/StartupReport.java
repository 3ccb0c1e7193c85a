package dev.faibric.web;

import dev.faibric.hosting.HostingSettings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database the service is on and where deployed apps live and are
 * served.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;

    private final HostingSettings hosting;

    StartupReport(DataSource dataSource, HostingSettings hosting) {
        this.dataSource = dataSource;
        this.hosting = hosting;
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
        log.info("Event bus: in-process; apps written to {} and served at http://<slug>.{}:<port>/ and /apps/<slug>/",
                hosting.appsVolume().toAbsolutePath().normalize(), hosting.appsDomain());
    }

}
