package nl.koers.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import nl.koers.conversation.AccessLog;
import nl.koers.conversation.ConversationService;
import nl.koers.conversation.ConversationViews.Detail;
import nl.koers.assistant.ModelBudget;
import nl.koers.accounts.ApiToken;
import nl.koers.accounts.ApiTokens;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;

/** Everything Koers holds about the caller, in one document: the AVG right of access. */
@Service
public class DataExport {

    /** Enough lines of the access log for anyone; the log goes with its conversations anyway. */
    static final int LOG_LINES = 10_000;

    public record Export(Instant exportedAt, String about, Account account, List<Detail> conversations,
            List<AccessLog.Entry> openedByOthers, List<AccessLog.Entry> openedByYou, List<ModelBudget.Usage> modelTurns,
            List<ApiToken> apiTokens) {
    }

    public record Account(String username, String name, Role role, @Nullable String leader, List<String> team) {
    }

    private final UserRepository users;
    private final ConversationService conversations;
    private final AccessLog access;
    private final ModelBudget budget;
    private final ApiTokens tokens;
    private final Clock clock;

    DataExport(UserRepository users, ConversationService conversations, AccessLog access, ModelBudget budget,
            ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.conversations = conversations;
        this.access = access;
        this.budget = budget;
        this.clock = clock;
    }

    public Export of(KoersUser caller) {
        var account = new Account(caller.username(), caller.displayName(), caller.role(),
                users.leaderOf(caller.id()).map(KoersUser::username).orElse(null),
                users.teamMembersOf(caller.id()).stream().map(KoersUser::username).toList());
        return new Export(clock.instant(), "Alles wat Koers over " + caller.displayName() + " bewaart: je account, je"
                + " gesprekken met hun berichten en POP, wie je gesprekken heeft geopend, welke gesprekken van anderen"
                + " jij hebt geopend, je gebruik van het taalmodel per dag, en je API-tokens (hun naam en data; het"
                + " token zelf bewaart Koers niet).", account,
                conversations.ofParticipant(caller), access.ofOwner(caller.id(), LOG_LINES),
                access.byViewer(caller.id(), LOG_LINES), budget.usage(caller.id()), tokens.of(caller));
    }
}
