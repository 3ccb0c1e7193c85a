package dev.faibric.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
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

    @Bean
    OpenAPI faibricApi() {
        return new OpenAPI()
            .info(new Info().title("Faibric API")
                .version("v2")
                .description("Turn a sentence into a running web app. Every error is application/problem+json "
                        + "with title, status and detail."))
            .components(new Components().addSchemas(PROBLEM, problemSchema())
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

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
            .addProperty("title", new StringSchema().description("What kind of error, e.g. Bad Request"))
            .addProperty("status", new IntegerSchema().description("The HTTP status"))
            .addProperty("detail", new StringSchema().description("What is wrong and what to send instead"))
            .addProperty("instance", new StringSchema().description("The path of the request"))
            .required(List.of("title", "status", "detail"));
    }

}
