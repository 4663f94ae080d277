package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** POPs stored when place, budget, support and own effort were written on every action are read in today's shape. */
class LegacyPopShapeTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    private Pop read(String stored) {
        return json.treeToValue(LegacyPopShape.upgrade(json.readTree(stored)), Pop.class);
    }

    private static String pop(String goal) {
        return """
                {"employee":"Sanne","manager":null,"date":"2026-11-23","role":null,
                 "ambitions":{"shortTerm":null,"longTerm":null},"talents":[],"energy":null,"wishes":null,
                 "organisationWishes":null,"direction":{"depth":null,"scope":null,"note":null},"possibilities":null,
                 "obstacles":null,"goals":[%s],"reviews":[],"funding":[],"openPoints":[],"attribution":{}}
                """.formatted(goal);
    }

    @Test
    void whatWasCopiedOntoEveryActionIsSaidOnceOnTheGoal() {
        Pop pop = read(pop("""
                {"description":"Zelf inkopen","measure":null,"deadline":null,"deadlineText":null,"actions":[
                  {"description":"meelopen","learningForm":"WERKPLEK","deadline":null,"place":"op de afdeling",
                   "resources":null,"support":"de inkoper","ownEffort":"een uur per week"},
                  {"description":"cursus","learningForm":"FORMEEL","deadline":null,"place":"op de afdeling",
                   "resources":{"euros":650,"hours":16,"text":"€ 650 en twee dagen"},"support":"de inkoper",
                   "ownEffort":"een uur per week"}]}"""));

        Pop.Goal goal = pop.goals().getFirst();
        assertThat(goal.place()).isEqualTo("op de afdeling");
        assertThat(goal.support()).isEqualTo("de inkoper");
        assertThat(goal.ownEffort()).isEqualTo("een uur per week");
        assertThat(goal.resources().euros()).isEqualByComparingTo(new BigDecimal("650"));
        assertThat(goal.resources().text()).isEqualTo("€ 650 en twee dagen");
        assertThat(goal.actions()).extracting(Pop.Action::resources).containsOnlyNulls();
    }

    @Test
    void differentAnswersOnDifferentActionsAreAllKept() {
        Pop pop = read(pop("""
                {"description":"Zelf inkopen","actions":[
                  {"description":"meelopen","place":"op de afdeling","resources":{"euros":100}},
                  {"description":"cursus","place":"bij het ROC","resources":{"euros":650}}]}"""));

        Pop.Goal goal = pop.goals().getFirst();
        assertThat(goal.place()).isEqualTo("op de afdeling / bij het ROC");
        assertThat(goal.resources()).as("two amounts belong to their own actions").isNull();
        assertThat(goal.actions()).extracting(action -> action.resources().euros().intValue()).containsExactly(100, 650);
    }

    @Test
    void anAmountOnOneActionInTodaysShapeStaysOnThatAction() {
        Pop pop = read(pop("""
                {"description":"Zelf inkopen","resources":null,"actions":[
                  {"description":"meelopen","resources":null},
                  {"description":"cursus","resources":{"euros":650,"text":"€ 650 voor de cursus"}}]}"""));

        assertThat(pop.goals().getFirst().resources()).isNull();
        assertThat(pop.goals().getFirst().actions().get(1).resources().euros()).isEqualByComparingTo("650");
    }

    @Test
    void aPopInTodaysShapeStaysAsItWas() {
        String stored = pop("""
                {"description":"Zelf inkopen","measure":"drie orders","deadline":"2027-03-31","deadlineText":null,
                 "place":"op de afdeling","resources":{"euros":650,"hours":null,"days":2,"per":null,"text":"x"},
                 "support":"de inkoper","ownEffort":null,"actions":[
                  {"description":"cursus","learningForm":"FORMEEL","deadline":null,"resources":null}]}""");

        assertThat(read(stored)).isEqualTo(json.readValue(stored, Pop.class));
    }
}
