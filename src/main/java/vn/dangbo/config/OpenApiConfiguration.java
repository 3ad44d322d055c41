package vn.dangbo.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of /api/v1, served at /api/v1/openapi. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI dangboOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Đảng bộ số — API").version("v1").description("""
                        API của nền tảng số Đảng ủy phường, xã. Mọi lời gọi kiểm tra vai trò và phạm vi tổ chức của
                        tài khoản như trên giao diện. Lỗi trả về theo RFC 9457 (application/problem+json) với mã máy
                        `code` và thông báo tiếng Việt. Đăng nhập: POST /api/v1/auth/tokens rồi gửi
                        `Authorization: Bearer <token>`. The API of the digital Party Committee platform; errors
                        are RFC 9457 problem details with a machine `code` and a Vietnamese message."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The problem-detail schema every error answer refers to. */
    @Bean
    OpenApiCustomizer problemSchema() {
        return api -> api.getComponents().addSchemas(ApiProblemDocs.SCHEMA, ApiProblemDocs.problemSchema());
    }

    /** Each operation's error answers with their machine codes. */
    @Bean
    OperationCustomizer problemAnswers() {
        return ApiProblemDocs::document;
    }
}
