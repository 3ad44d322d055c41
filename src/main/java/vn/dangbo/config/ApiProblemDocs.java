package vn.dangbo.config;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The error answers of the API in its OpenAPI document: the problem-detail schema (RFC 9457 with the machine
 * {@code code}, the fields in {@code errors}, the {@code incident} of an unexpected error) and, per operation, the
 * statuses it can answer with and the codes each carries. What decides them is what the operation takes: every
 * operation can answer 400/401/403; one on a record ({@code {id}}) or with a body naming records 404; one with a body
 * 413 and 422; a change of a versioned record 409 and 428 (see {@link vn.dangbo.shared.Versions}).
 */
final class ApiProblemDocs {

    static final String SCHEMA = "Problem";
    static final String MEDIA = "application/problem+json";

    private ApiProblemDocs() {}

    static Schema<?> problemSchema() {
        Schema<Object> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("Trường bị từ chối (đường dẫn JSON, tham số hoặc tiêu đề)"))
                .addProperty("message", new StringSchema().description("Thông báo tiếng Việt đặt cạnh trường"));
        return new ObjectSchema()
                .description("Lỗi theo RFC 9457 (application/problem+json): mã máy `code` và thông báo tiếng Việt.")
                .addProperty("type", new StringSchema().example("urn:dangbo:problem:task-changed"))
                .addProperty("title", new StringSchema().example("Dữ liệu đã thay đổi"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema()
                        .example("Bản ghi đã được người khác sửa lúc 14:05 08/12/2026. Vui lòng tải lại."))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("Mã máy ổn định, dùng để xử lý lỗi trong chương trình")
                        .example("TASK_CHANGED"))
                .addProperty("errors", new ArraySchema().items(error).description("Từng trường bị từ chối"))
                .addProperty("incident", new StringSchema().description("Mã sự cố của lỗi không mong đợi (500), để báo quản trị"));
    }

    /** The machine code a stale change of each versioned record carries, by the path of its change. */
    private static final Map<String, String> CHANGED = Map.of(
            "/api/v1/organizations/{id}", "ORGANIZATION_CHANGED",
            "/api/v1/members/{id}", "MEMBER_CHANGED",
            "/api/v1/resolutions/{id}", "RESOLUTION_CHANGED",
            "/api/v1/targets/{id}", "TARGET_CHANGED",
            "/api/v1/tasks/{id}", "TASK_CHANGED",
            "/api/v1/periods/{periodId}/targets/{targetId}/results", "RESULT_CHANGED");

    static Operation document(Operation operation, HandlerMethod handler) {
        String path = path(handler);
        boolean write = !handler.hasMethodAnnotation(GetMapping.class);
        boolean body = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                || p.hasParameterAnnotation(RequestPart.class));
        boolean onRecord = Arrays.stream(handler.getMethodParameters()).anyMatch(ApiProblemDocs::pathVariable);
        boolean multipart = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestPart.class));
        boolean versioned = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestHeader.class)
                        && "If-Match".equalsIgnoreCase(p.getParameterAnnotation(RequestHeader.class).name()));
        boolean signIn = path.equals("/api/v1/auth/tokens") && handler.hasMethodAnnotation(PostMapping.class);

        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("400", List.of("VALIDATION_FAILED", "INVALID_VALUE", "BAD_REQUEST"));
        answers.put("401", List.of("UNAUTHENTICATED"));
        if (!signIn) {
            answers.put("403", List.of("FORBIDDEN"));
        }
        if (onRecord || body) {
            answers.put("404", List.of("NOT_FOUND"));
        }
        if (versioned) {
            List<String> conflict = new ArrayList<>();
            conflict.add(CHANGED.getOrDefault(path, "…_CHANGED"));
            answers.put("409", conflict);
        } else if (path.contains("/imports/")) {
            answers.put("409", List.of("IMPORT_NOT_WAITING", "IMPORT_NOT_RETRYABLE"));
        }
        if (body || multipart) {
            answers.put("413", List.of("FILE_TOO_LARGE"));
        }
        if (write) {
            List<String> invalid = new ArrayList<>(List.of("VALIDATION_FAILED"));
            if (versioned) {
                invalid.add("VERSION_INVALID");
            }
            answers.put("422", invalid);
        }
        if (versioned) {
            answers.put("428", List.of("VERSION_REQUIRED"));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.forEach((status, codes) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, response(status, codes, write));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    private static ApiResponse response(String status, List<String> codes, boolean write) {
        String meaning = switch (status) {
            case "400" -> "Yêu cầu sai dạng (JSON, kiểu dữ liệu, ngày \"yyyy-MM-dd\", giá trị liệt kê)";
            case "401" -> "Chưa đăng nhập, phiên hoặc mã truy cập đã hết hiệu lực";
            case "403" -> "Vai trò của tài khoản không có quyền này";
            case "404" -> "Không có bản ghi này trong phạm vi của tài khoản (giống hệt một mã không tồn tại)";
            case "409" -> "Bản ghi đã được người khác sửa sau phiên bản đã gửi: đọc lại rồi sửa lại";
            case "413" -> "Yêu cầu hoặc tệp quá lớn";
            case "422" -> "Dữ liệu bị từ chối theo quy định; `errors` nêu từng trường"
                    + (write ? ". Ngoài các mã dưới đây là mã của quy định từ chối (vd. PERIOD_CLOSED, TERM_OVERLAP)" : "");
            case "428" -> "Thiếu phiên bản: gửi trường `version` hoặc tiêu đề If-Match với ETag nhận được khi đọc";
            default -> "";
        };
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + SCHEMA);
        ApiResponse response = new ApiResponse()
                .description(meaning + ". code: " + String.join(", ", codes))
                .content(new Content().addMediaType(MEDIA, new MediaType().schema(schema)));
        response.addExtension("x-problem-codes", codes);
        return response;
    }

    private static boolean pathVariable(MethodParameter p) {
        return p.hasParameterAnnotation(PathVariable.class);
    }

    private static String path(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping own = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return first(type) + first(own);
    }

    private static String first(RequestMapping m) {
        return m == null || m.path().length == 0 ? "" : m.path()[0];
    }
}
