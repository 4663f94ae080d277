package nl.koers.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed with a personal API token: it acts as the token's owner, with the owner's role. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final KoersPrincipal principal;
    private final long tokenId;

    ApiTokenAuthentication(KoersUser owner, long tokenId) {
        super(new KoersPrincipal(owner, "").getAuthorities());
        this.principal = new KoersPrincipal(owner, "");
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    /** Which token signed the request. */
    long tokenId() {
        return tokenId;
    }

    @Override
    public KoersPrincipal getPrincipal() {
        return principal;
    }

    /** The token itself is not kept once checked. */
    @Override
    public Object getCredentials() {
        return "";
    }
}
