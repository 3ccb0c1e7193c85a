package dev.faibric.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API described (OpenAPI 3 at {@code /v3/api-docs}, Swagger UI at {@code /api/docs},
 * both served by springdoc from the jar): every endpoint under {@code /api/}, the one
 * error shape ({@code Problem}) for every 4xx and 5xx answer, and the ways a client signs
 * in: the browser session cookie with its CSRF header, or a personal API token as a
 * bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String PROBLEM = "Problem";

    static final String SESSION = "sessionCookie";

    static final String CSRF = "csrfHeader";

    static final String BEARER = "bearerAuth";

    /**
     * The error shape as springdoc resolves it from a type (a schema added by hand is
     * dropped when the document's schemas are resolved); {@link ApiErrors} names it.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = PROBLEM, description = "RFC 9457 problem details",
            requiredProperties = { "title", "status", "detail" })
    record Problem(
            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "What kind of error, e.g. Bad Request") String title,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The HTTP status") int status,
            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "What is wrong and what to send instead") String detail,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The path of the request") String instance) {
    }

    @Bean
    OpenAPI faibricApi() {
        return new OpenAPI()
            .info(new Info().title("Faibric API")
                .version("v2")
                .description("Turn a sentence into a running web app. Every error is application/problem+json "
                        + "with title, status and detail."))
            .components(new Components()
                .addSecuritySchemes(SESSION,
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                            .in(SecurityScheme.In.COOKIE)
                            .name("FAIBRIC_SESSION")
                            .description("The browser's session after signing in"))
                .addSecuritySchemes(CSRF,
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                            .in(SecurityScheme.In.HEADER)
                            .name("X-XSRF-TOKEN")
                            .description("With the session cookie, on every request that changes something: "
                                    + "the value of the XSRF-TOKEN cookie"))
                .addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description("A personal API token")))
            .security(List.of(new SecurityRequirement().addList(SESSION).addList(CSRF),
                    new SecurityRequirement().addList(BEARER)));
    }

    /** Every operation answers its errors as a Problem. */
    @Bean
    OpenApiCustomizer problemsForEveryOperation() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            operation.getResponses().addApiResponse("4XX", problem("The request cannot be answered as sent"));
            operation.getResponses().addApiResponse("5XX", problem("Something went wrong on the server"));
        }));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType(Problems.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

}
