package app.throughline.api;

import app.throughline.common.Check;
import app.throughline.common.NotFoundException;
import app.throughline.common.ValidationException;
import app.throughline.security.CurrentUser;
import app.throughline.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own API tokens (docs/roles.md, "API"): everyone who holds a role lists, creates
 * and revokes their own, and nobody else's. A token acts as its person, with their roles, through
 * the same services as the UI; the token itself is returned once, at creation (DD019).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    public static final int NAME_MAX = 100;
    public static final int MAX_PER_PERSON = 20;

    private final ApiTokenRepository repository;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository repository, CurrentUserProvider currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's tokens, newest first. */
    @PreAuthorize("@peoplePolicy.mayUse()")
    public List<ApiToken> mine() {
        return repository.ofPerson(currentUser.get().personId());
    }

    /** Makes a token for the signed-in person; the returned secret is the only copy there will be. */
    @Transactional
    @PreAuthorize("@peoplePolicy.mayUse()")
    public NewApiToken create(String name) {
        CurrentUser me = currentUser.get();
        String clean = Check.required("name", "Name", name, NAME_MAX);
        if (repository.count(me.personId()) >= MAX_PER_PERSON) {
            throw new ValidationException(
                    "name", "You have " + MAX_PER_PERSON + " tokens already: revoke one you no longer use first");
        }
        String secret = TokenSecrets.newToken();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = repository.insert(me.personId(), clean, TokenSecrets.hash(secret), TokenSecrets.hint(secret), now);
        return new NewApiToken(new ApiToken(id, clean, TokenSecrets.hint(secret), now, null), secret);
    }

    /** Revokes one of the signed-in person's tokens: the next request with it is refused. */
    @Transactional
    @PreAuthorize("@peoplePolicy.mayUse()")
    public void revoke(long tokenId) {
        if (!repository.delete(tokenId, currentUser.get().personId())) {
            // someone else's token is "not found" too: its existence is not told
            throw new NotFoundException("This token");
        }
    }
}
