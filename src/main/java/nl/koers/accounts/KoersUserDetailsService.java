package nl.koers.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;


@Service
class KoersUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    KoersUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .flatMap(user -> users.passwordHash(username).map(hash -> new KoersPrincipal(user, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown or disabled user"));
    }
}
