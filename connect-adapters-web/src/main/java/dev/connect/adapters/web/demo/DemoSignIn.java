package dev.connect.adapters.web.demo;

import dev.connect.adapters.web.auth.DevelopmentTokenIssuer;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.auth.OperatorApiKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo sign-in of the embedded default: bearer tokens for any demo owner, signed with the caller secret the app
 * generated for this run, so that example pages can call the API without an identity provider. Only for the embedded
 * default: it lets anyone who reaches connect act as any owner.
 *
 * @param callers     the generated caller settings (an HS256 secret of this run), which verify the tokens it issues
 * @param lifetime    how long a token is valid
 * @param userName    the end user the tokens name
 * @param operatorKey the operator key handed out with each token, for an operator view: only a generated one, never a
 *                    configured secret
 */
public record DemoSignIn(JwtSettings callers, Duration lifetime, String userName,
                         Optional<OperatorApiKey> operatorKey) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    public DemoSignIn {
        Objects.requireNonNull(callers, "callers");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(operatorKey, "operatorKey");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a demo token lives more than 0 and at most 24 hours");
        }
        new DevelopmentTokenIssuer(callers); // refuses settings without an HS256 secret, at once
    }

    @Override
    public String toString() {
        return "DemoSignIn[lifetime=" + lifetime + ", operatorKey=" + (operatorKey.isPresent() ? "(redacted)" : "-")
                + "]";
    }
}
