package com.taxcollab.court;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html), for logged-in users only. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI taxCollabOpenApi() {
        return new OpenAPI()
                .info(new Info().title("税费协同共治 API").version("1")
                        .description("法院协助案件接口：提交案件、查询进展、报告法院一侧的事件。错误以 RFC 7807 "
                                + "application/problem+json 返回，errors[].field 指明字段，message 为中文说明。"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
