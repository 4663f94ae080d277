package nl.koers.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who can sign in.
 *
 * @param demoUsers create the demo accounts of the embedded default (password {@code koers})
 * @param users     accounts to create or update at start-up, for teams and production
 */
@ConfigurationProperties("koers.accounts")
public record AccountProperties(@DefaultValue("false") boolean demoUsers, @DefaultValue List<Account> users) {

    /**
     * One configured account.
     *
     * @param password a BCrypt hash written as {@code {bcrypt}$2a$...}, or a plain password that is hashed on start
     * @param leader   the username of this person's team leader, if any
     */
    public record Account(String username, String name, Role role, String password, @Nullable String leader) {
    }
}
