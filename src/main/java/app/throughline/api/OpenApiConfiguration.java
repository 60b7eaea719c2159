package app.throughline.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at {@value ApiSecurityConfiguration#OPENAPI_PATH} says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI throughlineOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Throughline API")
                        .version("v1")
                        .description("Tactics, the plan tree, channels and people of Throughline. Authenticate "
                                + "with a personal API token (your profile page) as a bearer token; every "
                                + "error is an RFC 9457 problem (application/problem+json). See docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, tl_...")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
