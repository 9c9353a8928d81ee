package dev.heapgrader.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header: what the API is and that every {@code /api/v1} call carries a bearer token, so
 * Swagger UI offers an "Authorize" button.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI heapGraderOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HeapGrader API").version("v1")
                        .description("Courses, members, tokens, submissions graded by the HeapGrader engine, "
                                + "gradebooks, regrades and analytics. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
