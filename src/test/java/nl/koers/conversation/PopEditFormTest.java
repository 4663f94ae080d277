package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.koers.dutch.DutchDates;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;
import nl.koers.pop.Pop;
import nl.koers.web.KoersProblem;

class PopEditFormTest {

    private final DutchDates dates = new DutchDates(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    private final Pop.Action course = new Pop.Action("cursus inkoopbasis", LearningForm.FORMEEL, LocalDate.of(2027, 2, 1),
            null);

    private final Pop current = Pop.builder("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23))
            .role("Planner").ambitions(new Pop.Ambitions("inkopen", null)).talents(List.of("plannen"))
            .direction(new Pop.Direction(Pop.Depth.VERBREDEN, null, null))
            .goals(List.of(new Pop.Goal(null, "Zelfstandig inkopen", "drie orders", null, "na de reorganisatie", "ROC",
                    Resources.of(new BigDecimal("650"), null, null), "inkoopmanager", "twee avonden", List.of(course))))
            .funding(List.of("SLIM navragen")).attribution(Map.of("role", "Sanne de Vries")).build();

    private static MultiValueMap<String, String> sent(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void theFormShowsThePopAndGivesItBackUnchanged() {
        PopEditForm form = PopEditForm.of(current);

        assertThat(form.goals()).hasSize(1 + PopEditForm.NEW_GOALS);
        assertThat(form.goals().getFirst().actions()).isEqualTo("cursus inkoopbasis");
        Pop again = form.applyTo(current, dates);
        assertThat(again.goals()).isEqualTo(current.goals());
        assertThat(again.role()).isEqualTo("Planner");
        assertThat(again.funding()).containsExactly("SLIM navragen");
        assertThat(again.direction()).isEqualTo(current.direction());
        assertThat(again.attribution()).isEqualTo(current.attribution());
    }

    @Test
    void anUnchangedActionKeepsItsDetailsAndANewOneStartsBare() {
        Pop edited = PopEditForm.of(sent("goal0.description", "Zelfstandig inkopen", "goal0.measure", "",
                "goal0.deadline", "", "goal0.actions", "cursus inkoopbasis\r\nmeelopen met de inkoper\n\n",
                "goal1.description", "Presenteren", "goal1.deadline", "eind juni 2027", "goal1.actions", ""))
                .applyTo(current, dates);

        assertThat(edited.goals()).hasSize(2);
        assertThat(edited.goals().getFirst().actions()).containsExactly(course,
                new Pop.Action("meelopen met de inkoper", null, null, null));
        assertThat(edited.goals().getFirst().deadlineText()).isEqualTo("na de reorganisatie");
        assertThat(edited.goals().getFirst().measure()).isNull();
        assertThat(edited.goals().get(1).deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(edited.goals().get(1).deadlineText()).isNull();
    }

    @Test
    void emptyingAGoalsDescriptionRemovesIt() {
        Pop edited = PopEditForm.of(sent("goal0.description", "   ", "goal0.actions", "cursus inkoopbasis"))
                .applyTo(current, dates);

        assertThat(edited.goals()).isEmpty();
        assertThat(edited.role()).isNull();
    }

    @Test
    void wrongInputIsRefusedInDutchNamingTheField() {
        assertThatThrownBy(() -> PopEditForm.of(sent("goal0.description", "Inkopen", "goal0.deadline", "binnenkort"))
                .applyTo(current, dates)).isInstanceOf(KoersProblem.class)
                .hasMessageContaining("de einddatum van doel 1").hasMessageContaining("binnenkort");
        assertThatThrownBy(() -> PopEditForm.of(sent("wishes", "x".repeat(Pop.TEXT + 1))).applyTo(current, dates))
                .hasMessage("De tekst bij de wensen is te lang: hoogstens 4000 tekens, je gaf er 4001.");
        assertThatThrownBy(() -> PopEditForm.of(sent("openPoints", "punt\n".repeat(Pop.ITEMS + 1))).applyTo(current, dates))
                .hasMessageContaining("Bij de open punten passen hoogstens 50 regels");
    }
}
