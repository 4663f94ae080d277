package nl.koers.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;


/** The signed-in user as Spring Security holds it. Features read {@link #user()} for id and role. */
public final class KoersPrincipal implements UserDetails, CredentialsContainer {

    private final KoersUser user;
    private String passwordHash;

    KoersPrincipal(KoersUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public KoersUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }
}
