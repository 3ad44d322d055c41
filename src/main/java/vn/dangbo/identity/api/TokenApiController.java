package vn.dangbo.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import vn.dangbo.identity.SignInThrottled;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.identity.ApiTokens;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.CurrentUserPrincipal;

/** API sign-in: a username and password give a bearer token for {@code Authorization: Bearer ...}. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Đăng nhập API", description = "Cấp và thu hồi mã truy cập (bearer token)")
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record Credentials(String username, String password) {}

    record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cấp mã truy cập", description = "Sai mật khẩu nhiều lần liên tiếp sẽ tạm khóa tài khoản.")
    TokenResponse issue(@RequestBody Credentials credentials, HttpServletRequest request) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw DomainException.invalid("CREDENTIALS_REQUIRED", "api.credentialsRequired");
        }
        Authentication auth;
        try {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username().strip(), credentials.password());
            // the client address, for the per-address sign-in throttle
            attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
            auth = authentication.authenticate(attempt);
        } catch (AuthenticationException e) {
            // the same answer for a wrong password, an unknown, a locked or a disabled account; only the right
            // password learns that the account is locked or disabled
            if (e instanceof SignInThrottled) {
                throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "TOO_MANY_ATTEMPTS", "login.throttled");
            }
            String key = e instanceof LockedException ? "login.locked"
                    : e instanceof DisabledException ? "login.disabled" : "login.error";
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "BAD_CREDENTIALS", key);
        }
        CurrentUserPrincipal principal = (CurrentUserPrincipal) auth.getPrincipal();
        ApiTokens.IssuedToken issued = tokens.issue(principal);
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Thu hồi mã truy cập đang dùng")
    void revoke(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(header.substring(7).strip());
        }
    }
}
