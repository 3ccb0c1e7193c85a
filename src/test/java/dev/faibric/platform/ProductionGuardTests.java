package dev.faibric.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

    @Test
    void theProductionProfileRefusesTheEmbeddedDatabaseAndSaysWhatToSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/faibric");
        environment.setActiveProfiles("production");

        assertThatThrownBy(() -> new ProductionGuard(environment).afterSingletonsInstantiated())
            .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void theProductionProfileRefusesToRunWithoutAccounts() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/faibric")
            .withProperty("faibric.auth.mode", "none");
        environment.setActiveProfiles("production");

        assertThatThrownBy(() -> new ProductionGuard(environment).afterSingletonsInstantiated())
            .hasMessageContaining("FAIBRIC_AUTH=accounts");
    }

    @Test
    void postgresWithAccountsInProductionAndH2OutsideItAreFine() {
        MockEnvironment production = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/faibric")
            .withProperty("faibric.auth.mode", "accounts");
        production.setActiveProfiles("production");
        MockEnvironment embedded = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/faibric");

        assertThatCode(() -> new ProductionGuard(production).afterSingletonsInstantiated()).doesNotThrowAnyException();
        assertThatCode(() -> new ProductionGuard(embedded).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

}
