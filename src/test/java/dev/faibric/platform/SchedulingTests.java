package dev.faibric.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

@ExtendWith(OutputCaptureExtension.class)
class SchedulingTests {

    @Test
    void aScheduledRunThatCouldNotReachTheDatabaseIsOneWarningLine(CapturedOutput output) {
        Scheduling.HANDLER.handleError(new DataAccessResourceFailureException("renew leases",
                new SQLException("Connection refused", "08001")));

        assertThat(output.getOut()).contains("WARN")
            .contains("could not reach the database (Connection refused)")
            .doesNotContain("\tat ");
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
        Scheduling.HANDLER.handleError(new IllegalStateException("a bug"));

        assertThat(output.getOut()).contains("ERROR")
            .contains("A scheduled task failed")
            .contains("a bug")
            .contains("\tat ");
    }

}
