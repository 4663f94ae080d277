package nl.koers.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/** The caller's personal API tokens. Making one takes the password; a token cannot make another token. */
@RestController
@RequestMapping("/api/me/tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final TokenExpiry expiry;
    private final ProblemWriter problems;

    ApiTokenController(ApiTokens tokens, TokenExpiry expiry, ProblemWriter problems) {
        this.tokens = tokens;
        this.expiry = expiry;
        this.problems = problems;
    }

    @PostMapping
    ResponseEntity<ApiTokens.Created> create(@RequestBody NewToken body, Authentication caller) {
        if (caller instanceof ApiTokenAuthentication) {
            throw new KoersProblem(HttpStatus.FORBIDDEN, problems.message("token.not-with-token"));
        }
        var created = tokens.create(owner(caller), body.name(), expiry.parse(body.expiresAt()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @GetMapping
    List<ApiToken> list(Authentication caller) {
        return tokens.of(owner(caller));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication caller) {
        tokens.revoke(owner(caller), id);
        return ResponseEntity.noContent().build();
    }

    private static KoersUser owner(Authentication caller) {
        return ((KoersPrincipal) caller.getPrincipal()).user();
    }

    /**
     * @param name      what the token is for, such as "rapportage-script"
     * @param expiresAt optional: a date (the token works through that day) or a moment in ISO 8601
     */
    record NewToken(@Nullable String name, @Nullable String expiresAt) {
    }
}
