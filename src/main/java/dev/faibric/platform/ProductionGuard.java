package dev.faibric.platform;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database and the single local user are for one machine and for trying
 * Faibric out: with the {@code production} profile the service refuses to start on them
 * and says what to set instead.
 */
@Component
class ProductionGuard implements SmartInitializingSingleton {

    private final Environment environment;

    ProductionGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!environment.acceptsProfiles(Profiles.of("production", "prod"))) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("The production profile needs PostgreSQL: set SPRING_DATASOURCE_URL "
                    + "(e.g. jdbc:postgresql://db:5432/faibric), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD; "
                    + "the embedded H2 database is for a single machine only.");
        }
        if (!"accounts".equalsIgnoreCase(environment.getProperty("faibric.auth.mode", "").strip())) {
            throw new IllegalStateException("The production profile needs accounts: set FAIBRIC_AUTH=accounts "
                    + "(and FAIBRIC_AUTH_ADMINS to the admins' e-mail addresses); without them anyone who reaches "
                    + "Faibric could use every project.");
        }
    }

}
