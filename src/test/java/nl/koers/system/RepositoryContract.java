package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.koers.conversation.Access;
import nl.koers.conversation.AccessLog;
import nl.koers.conversation.ChatMessage;
import nl.koers.conversation.Conversation;
import nl.koers.conversation.ConversationRepository;
import nl.koers.conversation.MessageRepository;
import nl.koers.dialogue.ConversationType;
import nl.koers.conversation.DialogueMode;
import nl.koers.conversation.MessageRole;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.SourceRef;
import nl.koers.pop.PopDraftRepository;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repositories against a migrated schema. Runs once on H2 and once on PostgreSQL, so the migrations
 * and every query are proven on both databases Koers supports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private TestDatabase database;
    private JdbcClient jdbc;
    private UserRepository users;
    private ConversationRepository conversations;
    private MessageRepository messages;
    private PopDraftRepository pops;

    private KoersUser leader;
    private KoersUser employee;
    private KoersUser colleague;
    private KoersUser hr;
    private KoersUser otherLeader;
    private KoersUser otherColleague;
    private long team;
    private long otherTeam;

    abstract TestDatabase database();

    @BeforeAll
    void migrate() {
        database = database();
        jdbc = JdbcClient.create(database.dataSource());
        users = new UserRepository(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        conversations = new ConversationRepository(jdbc);
        messages = new MessageRepository(jdbc, JsonMapper.builder().build());
        pops = new PopDraftRepository(jdbc);
    }

    @AfterAll
    void drop() {
        if (database != null) { // null when PostgreSQL was skipped
            database.close();
        }
    }

    @BeforeEach
    void team() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        leader = users.create("leider-" + run, "Fatima", Role.LEIDINGGEVENDE, "{noop}x");
        employee = users.create("mw-" + run, "Sanne", Role.MEDEWERKER, "{noop}x");
        colleague = users.create("mw2-" + run, "Daan", Role.MEDEWERKER, "{noop}x");
        hr = users.create("hr-" + run, "Joost", Role.HR, "{noop}x");
        team = users.createTeam("Team Fatima", leader.id()).id();
        users.joinTeam(employee.id(), team);
        users.joinTeam(colleague.id(), team);
        otherLeader = users.create("leider2-" + run, "Karin", Role.LEIDINGGEVENDE, "{noop}x");
        otherColleague = users.create("mw3-" + run, "Ravi", Role.MEDEWERKER, "{noop}x");
        otherTeam = users.createTeam("Team Karin", otherLeader.id()).id();
        users.joinTeam(otherColleague.id(), otherTeam);
    }

    // What each may do after a team change: owner, messages, POP, turns, POP changes (see ConversationRepository).
    private static final Access EVERYTHING = new Access(true, true, true, true, true);
    private static final Access LEADS_ONE_ON_ONE = new Access(false, true, true, true, true);
    private static final Access HELD_ONE_ON_ONE_BEFORE = new Access(false, true, false, false, false);
    private static final Access LEADS_AFTER_ONE_ON_ONE = new Access(false, false, true, false, true);
    private static final Access READS_SHARED = new Access(false, true, true, false, false);

    private Optional<Access> access(Conversation conversation, KoersUser viewer, AccessLog.Item item) {
        return conversations.find(conversation.id(), viewer.id(), item).map(ConversationRepository.Visible::access);
    }

    private void assertAccess(Conversation conversation, KoersUser viewer, @Nullable Access expected) {
        for (AccessLog.Item item : AccessLog.Item.values()) {
            boolean reads = expected != null && (item == AccessLog.Item.POP ? expected.pop() : expected.messages());
            assertThat(access(conversation, viewer, item)).as(viewer.displayName() + " " + item)
                    .isEqualTo(reads ? Optional.of(expected) : Optional.empty());
            assertThat(conversations.lock(conversation.id(), viewer.id(), item)).as("locked: " + viewer.displayName() + " " + item)
                    .map(ConversationRepository.Visible::access).isEqualTo(reads ? Optional.of(expected) : Optional.empty());
        }
        assertThat(conversations.listVisible(viewer.id())).as("list of " + viewer.displayName())
                .filteredOn(v -> v.conversation().id().equals(conversation.id()))
                .extracting(ConversationRepository.Visible::access)
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aSharedPreparationFollowsTheOwnerToTheNewTeamLeader() {
        Conversation preparation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);
        conversations.setShared(preparation.id(), employee.id(), leader.id(), true, NOW);
        assertAccess(preparation, leader, READS_SHARED);
        assertAccess(preparation, otherLeader, null);

        users.joinTeam(employee.id(), otherTeam);

        assertAccess(preparation, employee, EVERYTHING);
        assertAccess(preparation, leader, null);
        assertAccess(preparation, otherLeader, READS_SHARED);
        assertAccess(preparation, otherColleague, null);
        assertAccess(preparation, colleague, null);

        users.joinTeam(employee.id(), team);

        assertAccess(preparation, leader, READS_SHARED);
        assertAccess(preparation, otherLeader, null);
    }

    @Test
    void anUnsharedPreparationStaysWithItsOwnerAcrossTeams() {
        Conversation preparation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);

        users.joinTeam(employee.id(), otherTeam);

        assertAccess(preparation, employee, EVERYTHING);
        assertAccess(preparation, leader, null);
        assertAccess(preparation, otherLeader, null);
    }

    @Test
    void oneOnOneMessagesStayWithTheTwoWhoHeldItAndItsPopGoesToTheNewLeader() {
        Conversation oneOnOne = conversations.create(ConversationType.GESPREK, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);
        assertAccess(oneOnOne, employee, EVERYTHING);
        assertAccess(oneOnOne, leader, LEADS_ONE_ON_ONE);
        assertAccess(oneOnOne, otherLeader, null);

        users.joinTeam(employee.id(), otherTeam);

        assertAccess(oneOnOne, employee, EVERYTHING);
        assertAccess(oneOnOne, leader, HELD_ONE_ON_ONE_BEFORE);
        assertAccess(oneOnOne, otherLeader, LEADS_AFTER_ONE_ON_ONE);
        assertAccess(oneOnOne, otherColleague, null);
        assertAccess(oneOnOne, colleague, null);
        assertAccess(oneOnOne, hr, null);

        users.joinTeam(employee.id(), team);

        assertAccess(oneOnOne, leader, LEADS_ONE_ON_ONE);
        assertAccess(oneOnOne, otherLeader, null);
    }

    @Test
    void anEmployeeWithoutTeamKeepsTheOneOnOneMessagesWithTheLeaderWhoHeldIt() {
        Conversation oneOnOne = conversations.create(ConversationType.GESPREK, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);
        Conversation preparation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);
        conversations.setShared(preparation.id(), employee.id(), leader.id(), true, NOW);

        jdbc.sql("UPDATE app_user SET team_id = NULL WHERE id = :id").param("id", employee.id()).update();

        assertAccess(oneOnOne, leader, HELD_ONE_ON_ONE_BEFORE);
        assertAccess(preparation, leader, null);
        assertAccess(preparation, employee, EVERYTHING);
    }

    @Test
    void aLeadersOwnPreparationAboutAnEmployeeStaysTheLeadersOwn() {
        Conversation own = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, leader.id(), null, "{}", NOW);

        users.joinTeam(employee.id(), otherTeam);

        assertAccess(own, leader, EVERYTHING);
        assertAccess(own, employee, null);
        assertAccess(own, otherLeader, null);
    }

    @Test
    void findsTeamLeaderAndMembers() {
        assertThat(users.leaderOf(employee.id())).get().extracting(KoersUser::username).isEqualTo(leader.username());
        assertThat(users.leaderOf(hr.id())).isEmpty();
        assertThat(users.teamMembersOf(leader.id())).extracting(KoersUser::displayName).containsExactly("Daan", "Sanne");
        assertThat(users.teamMembersOf(employee.id())).isEmpty();
        assertThat(users.findByUsername(employee.username())).get().extracting(KoersUser::teamId).isNotNull();
    }

    @Test
    void rejectsDuplicateUsernames() {
        assertThatThrownBy(() -> users.create(employee.username(), "Ander", Role.MEDEWERKER, "{noop}y"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void preparationIsVisibleToItsOwnerOnlyUntilShared() {
        Conversation preparation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);

        assertThat(conversations.findVisible(preparation.id(), employee.id())).isPresent();
        assertThat(conversations.findVisible(preparation.id(), leader.id())).isEmpty();
        assertThat(conversations.findVisible(preparation.id(), colleague.id())).isEmpty();
        assertThat(conversations.findVisible(preparation.id(), hr.id())).isEmpty();

        assertThat(conversations.setShared(preparation.id(), employee.id(), leader.id(), true, NOW)).isTrue();
        assertThat(conversations.findVisible(preparation.id(), leader.id())).isPresent();
        assertThat(conversations.findVisible(preparation.id(), colleague.id())).isEmpty();

        assertThat(conversations.setShared(preparation.id(), employee.id(), leader.id(), false, NOW)).isTrue();
        assertThat(conversations.findVisible(preparation.id(), leader.id())).isEmpty();
    }

    @Test
    void onlyTheOwnerCanShareOrDelete() {
        Conversation preparation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);

        assertThat(conversations.setShared(preparation.id(), leader.id(), leader.id(), true, NOW)).isFalse();
        assertThat(conversations.delete(preparation.id(), leader.id())).isFalse();
        assertThat(conversations.findVisible(preparation.id(), employee.id())).isPresent();
    }

    @Test
    void oneOnOneIsVisibleToEmployeeAndLeaderButNotToOthers() {
        Conversation oneOnOne = conversations.create(ConversationType.GESPREK, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);

        assertThat(conversations.findVisible(oneOnOne.id(), employee.id())).isPresent();
        assertThat(conversations.findVisible(oneOnOne.id(), leader.id())).isPresent();
        assertThat(conversations.findVisible(oneOnOne.id(), colleague.id())).isEmpty();
        assertThat(conversations.findVisible(oneOnOne.id(), hr.id())).isEmpty();
        assertThat(conversations.listVisible(leader.id())).extracting(v -> v.conversation().id())
                .containsExactly(oneOnOne.id());
        assertThat(conversations.listVisible(colleague.id())).isEmpty();
    }

    @Test
    void listsNewestFirst() {
        Conversation older = conversations.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, hr.id(),
                null, "{}", NOW.minus(2, ChronoUnit.DAYS));
        Conversation newer = conversations.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, hr.id(),
                null, "{}", NOW.minus(1, ChronoUnit.DAYS));

        assertThat(conversations.listVisible(hr.id())).extracting(v -> v.conversation().id())
                .containsExactly(newer.id(), older.id());

        conversations.advance(older.id(), 0, Phase.VRAAG, DialogueMode.GUIDED, "{}", NOW);
        assertThat(conversations.listVisible(hr.id())).extracting(v -> v.conversation().id())
                .containsExactly(older.id(), newer.id());
    }

    @Test
    void listsOnePageAtATimeNewestFirstAndCountsThemAll() {
        List<UUID> newestFirst = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            newestFirst.add(conversations.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, hr.id(), null,
                    "{}", NOW.minus(i, ChronoUnit.HOURS)).id());
        }
        conversations.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, colleague.id(), null, "{}", NOW);

        assertThat(conversations.countVisible(hr.id())).isEqualTo(7);
        assertThat(conversations.listVisible(hr.id(), 3, 0)).extracting(visible -> visible.conversation().id())
                .containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(conversations.listVisible(hr.id(), 3, 3)).extracting(visible -> visible.conversation().id())
                .containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(conversations.listVisible(hr.id(), 3, 6)).extracting(visible -> visible.conversation().id())
                .containsExactly(newestFirst.get(6));
        assertThat(conversations.listVisible(hr.id(), 3, 9)).isEmpty();
    }

    @Test
    void countsTheConversationsAPersonStartedSinceAMoment() {
        Instant since = NOW.minus(1, ChronoUnit.DAYS);
        conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE, DialogueMode.GUIDED, employee.id(),
                leader.id(), "{}", NOW.minus(2, ChronoUnit.DAYS));
        Conversation oldest = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW.minus(20, ChronoUnit.HOURS));
        Conversation oneOnOne = conversations.create(ConversationType.GESPREK, Phase.INVENTARISATIE, DialogueMode.GUIDED,
                employee.id(), leader.id(), "{}", NOW.minus(10, ChronoUnit.HOURS));
        conversations.create(ConversationType.VRAAG, Phase.VRAAG, DialogueMode.GUIDED, employee.id(), null, "{}",
                NOW.minus(1, ChronoUnit.HOURS));

        assertThat(conversations.countStartedSince(employee.id(), since))
                .as("her preparation and question of the last day, not the one-on-one her leader started").isEqualTo(2);
        assertThat(conversations.countStartedSince(leader.id(), since))
                .as("the one-on-one, not the preparation she may read").isEqualTo(1);
        assertThat(conversations.startedSince(employee.id(), since, 0)).hasValue(oldest.createdAt());
        assertThat(conversations.startedSince(leader.id(), since, 0)).hasValue(oneOnOne.createdAt());
        assertThat(conversations.startedSince(employee.id(), since, 2)).isEmpty();
    }

    @Test
    void storesMessagesInOrderWithSourcesAndAuthor() {
        Conversation conversation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);
        var source = new SourceRef("Het 70-20-10-model", "leren/70-20-10-model.md", "Wat het model zegt");

        int first = messages.append(conversation.id(), MessageRole.ASSISTANT, "Waar krijg je energie van?",
                List.of(), null, NOW);
        int second = messages.append(conversation.id(), MessageRole.USER, "Van klanten helpen — écht waar.",
                List.of(), employee.id(), NOW.plusSeconds(5));
        int third = messages.append(conversation.id(), MessageRole.ASSISTANT, "Mooi.", List.of(source), null,
                NOW.plusSeconds(6));

        assertThat(List.of(first, second, third)).containsExactly(1, 2, 3);
        List<ChatMessage> stored = messages.messages(conversation.id());
        assertThat(stored).extracting(ChatMessage::role)
                .containsExactly(MessageRole.ASSISTANT, MessageRole.USER, MessageRole.ASSISTANT);
        assertThat(stored.get(1).text()).isEqualTo("Van klanten helpen — écht waar.");
        assertThat(stored.get(1).authorId()).isEqualTo(employee.id());
        assertThat(stored.get(0).authorId()).isNull();
        assertThat(stored.get(2).sources()).containsExactly(source);
        assertThat(stored.get(1).at()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aReplyTakesTheNumberAfterTheMessageItAnswersAndNeverOneTaken() {
        Conversation conversation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);
        messages.append(conversation.id(), MessageRole.ASSISTANT, "Waar krijg je energie van?", List.of(), null, NOW);
        int said = messages.append(conversation.id(), MessageRole.USER, "Van puzzelen.", List.of(), employee.id(), NOW);

        messages.appendAs(said + 1, conversation.id(), MessageRole.ASSISTANT, "Mooi.", List.of(), null, null, NOW);

        assertThat(messages.messages(conversation.id())).extracting(ChatMessage::text)
                .containsExactly("Waar krijg je energie van?", "Van puzzelen.", "Mooi.");
        assertThatThrownBy(() -> messages.appendAs(said, conversation.id(), MessageRole.ASSISTANT, "Dubbel.",
                List.of(), null, null, NOW)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(messages.messages(conversation.id())).hasSize(3);
    }

    @Test
    void theRowLockReadsWhetherATurnWithTheModelHoldsTheConversation() {
        Conversation conversation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);
        var locked = conversations.lockForTurn(conversation.id(), employee.id(), AccessLog.Item.GESPREK).orElseThrow();
        assertThat(locked.modelTurnUntil()).isNull();
        assertThat(locked.modelTurnAt(NOW)).isFalse();
        assertThat(locked.visible().conversation().id()).isEqualTo(conversation.id());

        Instant until = NOW.plusSeconds(90);
        jdbc.sql("UPDATE conversation SET turn_lock = 'model-turn', turn_expires = :until WHERE id = :id")
                .param("until", java.time.OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .param("id", conversation.id())
                .update();
        var held = conversations.lockForTurn(conversation.id(), employee.id(), AccessLog.Item.GESPREK).orElseThrow();
        assertThat(held.modelTurnUntil()).isEqualTo(until);
        assertThat(held.modelTurnAt(NOW)).isTrue();
        assertThat(held.modelTurnAt(until)).isTrue();
        assertThat(held.modelTurnAt(until.plusMillis(1))).as("an expired turn lock holds nothing").isFalse();

        assertThat(conversations.lockForTurn(conversation.id(), colleague.id(), AccessLog.Item.GESPREK)).isEmpty();
        assertThat(conversations.lockForTurn(UUID.randomUUID(), employee.id(), AccessLog.Item.GESPREK)).isEmpty();
    }

    @Test
    void aStaleTurnLosesTheRaceAndChangesNothing() {
        Conversation conversation = conversations.create(ConversationType.VOORBEREIDING, Phase.INVENTARISATIE,
                DialogueMode.GUIDED, employee.id(), null, "{\"slot\":1}", NOW);

        assertThat(conversations.advance(conversation.id(), 0, Phase.VOORSTELLEN, DialogueMode.LLM, "{\"slot\":2}",
                NOW)).isTrue();
        assertThat(conversations.advance(conversation.id(), 0, Phase.AFSPRAKEN, DialogueMode.GUIDED, "{\"slot\":9}",
                NOW)).isFalse();

        Conversation stored = conversations.findVisible(conversation.id(), employee.id()).orElseThrow();
        assertThat(stored.phase()).isEqualTo(Phase.VOORSTELLEN);
        assertThat(stored.mode()).isEqualTo(DialogueMode.LLM);
        assertThat(stored.state()).isEqualTo("{\"slot\":2}");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void deletingAConversationRemovesItsMessagesAndPop() {
        Conversation conversation = conversations.create(ConversationType.VOORBEREIDING, Phase.AFGEROND,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);
        messages.append(conversation.id(), MessageRole.USER, "Ik wil planner worden.", List.of(), employee.id(),
                NOW);
        pops.save(conversation.id(), "{\"goals\":[]}", NOW);

        assertThat(conversations.delete(conversation.id(), employee.id())).isTrue();

        assertThat(conversations.findVisible(conversation.id(), employee.id())).isEmpty();
        assertThat(messages.messages(conversation.id())).isEmpty();
        assertThat(pops.find(conversation.id())).isEmpty();
    }

    @Test
    void savesPopDraftsWithVersionsAndAcceptance() {
        Conversation conversation = conversations.create(ConversationType.GESPREK, Phase.AFGEROND,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);

        assertThat(pops.save(conversation.id(), "{\"role\":\"planner\"}", NOW)).isZero();
        assertThat(pops.save(conversation.id(), "{\"role\":\"werkvoorbereider\"}", NOW.plusSeconds(60))).isEqualTo(1);
        assertThat(pops.accept(conversation.id(), true, NOW.plusSeconds(120))).isTrue();

        PopDraftRepository.StoredPop stored = pops.find(conversation.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo("{\"role\":\"werkvoorbereider\"}");
        assertThat(stored.acceptedByEmployeeAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(stored.acceptedByManagerAt()).isNull();
        assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aReplacedDraftIsANewVersionToAcceptAgainAndAMissingOneIsStored() {
        Conversation conversation = conversations.create(ConversationType.GESPREK, Phase.AFGEROND,
                DialogueMode.GUIDED, employee.id(), leader.id(), "{}", NOW);
        pops.replace(conversation.id(), "{\"role\":\"planner\"}", NOW);
        assertThat(pops.find(conversation.id())).get().extracting(PopDraftRepository.StoredPop::version).isEqualTo(0L);
        pops.accept(conversation.id(), true, NOW.plusSeconds(10));

        pops.replace(conversation.id(), "{\"role\":\"werkvoorbereider\"}", NOW.plusSeconds(60));

        PopDraftRepository.StoredPop stored = pops.find(conversation.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo("{\"role\":\"werkvoorbereider\"}");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.acceptedByEmployeeAt()).isNull();
        assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aSaveFromAnOlderVersionChangesNothing() {
        Conversation conversation = conversations.create(ConversationType.VOORBEREIDING, Phase.AFGEROND,
                DialogueMode.GUIDED, employee.id(), null, "{}", NOW);
        pops.save(conversation.id(), "{\"role\":\"planner\"}", NOW);

        assertThat(pops.saveIfVersion(conversation.id(), "{\"role\":\"A\"}", 0, NOW.plusSeconds(1))).isTrue();
        assertThat(pops.saveIfVersion(conversation.id(), "{\"role\":\"B\"}", 0, NOW.plusSeconds(2))).isFalse();

        PopDraftRepository.StoredPop stored = pops.find(conversation.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo("{\"role\":\"A\"}");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void messagesOfAnUnknownConversationAreRefused() {
        assertThatThrownBy(() -> messages.append(UUID.randomUUID(), MessageRole.USER, "x", List.of(), null, NOW))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
