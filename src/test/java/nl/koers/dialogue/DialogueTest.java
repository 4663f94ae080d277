package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.koers.dialogue.Answer.Command.Word;
import nl.koers.knowledge.SourceRef;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.Resources;

/** The dialogue core on its own: typed answers in, steps out; no Spring, no database, no model. */
class DialogueTest {

    private static final QuestionBank BANK = QuestionBankLoader.load(Path.of("prompts"));
    private static final SourceRef SLIM = new SourceRef("SLIM-subsidie", "financiering/slim.md", "Wie kan aanvragen");
    private static final Tips TIPS = (query, audience, given) -> query.contains("SLIM") && !given.contains("slim")
            ? Optional.of(new Tips.Tip("slim", "SLIM vraag je aan in een aanvraagtijdvak.", SLIM)) : Optional.empty();
    private static final Participants SANNE = new Participants(ConversationType.VOORBEREIDING, "Sanne de Vries",
            "Fatima El Amrani");

    private final Dialogue dialogue = new Dialogue(BANK, TIPS);

    @Test
    void skippingEveryQuestionWalksTheWholeAgendaInOrder() {
        List<String> asked = new ArrayList<>();
        Step step = dialogue.open(SANNE, emptyPop());
        while (step.expecting() != null) {
            asked.add(step.expecting().field() + " " + step.expecting().kind());
            step = next(step, new Answer.Command(Word.SKIP, "overslaan"));
        }

        assertThat(asked).containsExactly("rol TEXT", "energie TEXT", "talenten LIST", "ambitie.kort TEXT",
                "ambitie.lang TEXT", "wensen TEXT", "organisatie TEXT", "richting.diepte CHOICE", "richting.plek CHOICE",
                "mogelijkheden TEXT", "belemmeringen TEXT", "doel.beschrijving TEXT", "voortgang DATES",
                "open_punten TEXT");
        assertThat(step.phase()).isEqualTo(Phase.AFGEROND);
    }

    @Test
    void theProgressCountsTheQuestionsOfEachPhaseAndTheGoalOfTheAgreements() {
        List<String> seen = new ArrayList<>();
        Step step = dialogue.open(SANNE, emptyPop());
        while (step.expecting() != null) {
            Progress progress = dialogue.progress(step.state());
            seen.add(step.phase() + " " + progress.question() + "/" + progress.questions() + " doel " + progress.goal());
            step = next(step, new Answer.Command(Word.SKIP, "overslaan"));
        }

        assertThat(seen).startsWith("INVENTARISATIE 1/7 doel 0", "INVENTARISATIE 2/7 doel 0")
                .contains("VOORSTELLEN 1/4 doel 0", "VOORSTELLEN 4/4 doel 0", "AFSPRAKEN 1/11 doel 1")
                .endsWith("AFSPRAKEN 11/11 doel 0");
        assertThat(dialogue.progress(step.state())).as("nothing open at the end").isNull();
    }

    static Stream<Arguments> answersIntoThePop() {
        return Stream.of(
                fill(PopField.ROL, new Answer.Text("Planner", "Planner"), pop -> assertThat(pop.role()).isEqualTo("Planner")),
                fill(PopField.TALENTEN, new Answer.Items(List.of("plannen", "Excel"), "plannen en Excel"),
                        pop -> assertThat(pop.talents()).containsExactly("plannen", "Excel")),
                fill(PopField.RICHTING_DIEPTE, new Answer.Choice("VERBREDEN", "breder"),
                        pop -> assertThat(pop.direction().depth()).isEqualTo(Pop.Depth.VERBREDEN)),
                fill(PopField.RICHTING_PLEK, new Answer.Choice("OPEN", "weet ik nog niet"),
                        pop -> assertThat(pop.direction().scope()).isEqualTo(Pop.Scope.OPEN)),
                fill(PopField.DOEL_DEADLINE, new Answer.Date(LocalDate.of(2027, 3, 31), "eind maart"),
                        pop -> assertThat(pop.goals().getFirst().deadline()).isEqualTo(LocalDate.of(2027, 3, 31))),
                fill(PopField.DOEL_MIDDELEN, new Answer.Amounts(Resources.of(new BigDecimal("650"), null, "€ 650"),
                        "€ 650"), pop -> assertThat(pop.goals().getFirst().resources().euros())
                                .isEqualByComparingTo("650")),
                fill(PopField.DOEL_MIDDELEN, new Answer.Nothing("niets"),
                        pop -> assertThat(pop.goals().getFirst().resources().text()).isEqualTo("niets")),
                fill(PopField.VOORTGANG, new Answer.Dates(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 15)),
                        "15 jan en 1 maart"), pop -> assertThat(pop.reviews()).containsExactly(LocalDate.of(2027, 1, 15),
                                LocalDate.of(2027, 3, 1))),
                fill(PopField.OPEN_PUNTEN, new Answer.Nothing("nee"), pop -> assertThat(pop.openPoints()).isEmpty()),
                fill(PopField.OPEN_PUNTEN, new Answer.Text("Thuiswerken bespreken", "Thuiswerken bespreken"),
                        pop -> assertThat(pop.openPoints()).containsExactly("Thuiswerken bespreken")));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("answersIntoThePop")
    void aTypedAnswerLandsInItsPlaceInThePop(PopField field, Answer answer, Consumer<Pop> expected) {
        Step step = next(at(field), answer);

        expected.accept(step.pop());
        assertThat(step.expecting() == null ? null : step.expecting().field()).isNotEqualTo(field.key());
    }

    static Stream<Arguments> notUnderstood() {
        return Stream.of(
                Arguments.of(PopField.DOEL_DEADLINE, "als het rustiger is",
                        "Datum voor 'Zelfstandig inkopen' nog bepalen: als het rustiger is"),
                Arguments.of(PopField.RICHTING_DIEPTE, "dat hangt ervan af",
                        "Richting (verdiepen of verbreden): dat hangt ervan af"),
                Arguments.of(PopField.VOORTGANG, "als het uitkomt", "Voortgangsgesprek plannen: als het uitkomt"),
                Arguments.of(PopField.DOEL_MIDDELEN, "dat regelt HR", "Middelen voor 'Zelfstandig inkopen': dat regelt HR"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("notUnderstood")
    void anAnswerNotUnderstoodIsAskedAboutOnceAndThenKeptAsSaid(PopField field, String said, String openPoint) {
        Step asked = next(at(field), new Answer.NotUnderstood(said));
        Step kept = next(asked, new Answer.NotUnderstood(said));

        assertThat(asked.expecting().field()).as("asked once more").isEqualTo(field.key());
        assertThat(asked.pop().openPoints()).isEmpty();
        assertThat(kept.reply()).contains("Ik heb het genoteerd zoals je het zei: '" + said + "'");
        assertThat(kept.expecting().field()).isNotEqualTo(field.key());
        if (field != PopField.DOEL_MIDDELEN) {
            assertThat(kept.pop().openPoints()).containsExactly(openPoint);
        } else {
            assertThat(kept.pop().goals().getFirst().resources().text()).isEqualTo(said);
            assertThat(kept.pop().openPoints()).hasSize(1);
        }
    }

    @Test
    void aQuestionBackIsAnsweredFromTheKnowledgeBaseAndTheQuestionAskedAgain() {
        Step first = dialogue.open(SANNE, emptyPop());

        Step answered = next(first, new Answer.Question("Kan ik SLIM-subsidie krijgen?"));

        assertThat(answered.reply()).contains("SLIM vraag je aan in een aanvraagtijdvak.")
                .endsWith("Wat is je functie nu, en welk deel van je werk doe je het liefst?");
        assertThat(answered.sources()).containsExactly(SLIM);
        assertThat(answered.expecting()).isEqualTo(first.expecting());
        assertThat(answered.pop()).as("nothing stored").isEqualTo(first.pop());
    }

    @Test
    void aQuestionBackTheKnowledgeBaseDoesNotCoverIsSaidSoHonestly() {
        Step answered = next(dialogue.open(SANNE, emptyPop()), new Answer.Question("Hoe laat is de borrel?"));

        assertThat(answered.reply()).startsWith(BANK.texts().text("vraag.geen"));
        assertThat(answered.sources()).isEmpty();
    }

    @Test
    void actionsWithoutALearningFormAreAskedAboutOneByOneAndFormalOnlyGetsTheHint() {
        Step actions = next(at(PopField.DOEL_ACTIES), new Answer.Actions(List.of(
                new Answer.Action("Cursus inkoop", null, null), new Answer.Action("Examen doen", null, null)), "…"));

        assertThat(actions.expecting()).isEqualTo(new Expecting(Expecting.LEARNING_FORM, PopField.Kind.CHOICE,
                Options.LEARNING_FORM));
        assertThat(actions.reply()).contains("Cursus inkoop");
        Step second = next(actions, new Answer.Choice("FORMEEL", "opleiding"));
        assertThat(second.reply()).contains("Examen doen");
        Step done = next(second, new Answer.Choice("FORMEEL", "opleiding"));

        assertThat(done.pop().goals().getFirst().actions()).extracting(Pop.Action::learningForm)
                .containsExactly(LearningForm.FORMEEL, LearningForm.FORMEEL);
        assertThat(done.reply()).contains(BANK.texts().text("hint_70_20_10"));
        assertThat(done.expecting().field()).as("another kind of action may follow").isEqualTo(Expecting.EXTRA_ACTION);
        assertThat(next(done, new Answer.Command(Word.SKIP, "overslaan")).expecting().field()).isEqualTo("doel.plaats");
    }

    @Test
    void aGoalWithoutMeasureOrDeadlineGetsOneSmartFollowUpThatADateAnswers() {
        Step step = next(at(PopField.DOEL_BESCHRIJVING), new Answer.Text("Zelfstandig inkopen", "Zelfstandig inkopen"));
        Answer skip = new Answer.Command(Word.SKIP, "overslaan");
        step = next(next(step, skip), skip); // no measure, no deadline
        step = next(step, new Answer.Actions(List.of(new Answer.Action("Meelopen", LearningForm.WERKPLEK, null)), "…"));
        for (String field : List.of("doel.plaats", "doel.middelen", "doel.ondersteuning", "doel.eigen_inzet")) {
            assertThat(step.expecting().field()).isEqualTo(field);
            step = next(step, skip);
        }
        assertThat(step.reply()).contains("Zelfstandig inkopen");
        assertThat(step.expecting()).as("the follow-up reads a date; the words become the measure")
                .isEqualTo(new Expecting("doel.deadline", PopField.Kind.DATE, List.of()));

        Step smart = next(step, new Answer.Date(LocalDate.of(2027, 6, 30), "drie orders zelf, voor de zomer"));

        Pop.Goal goal = smart.pop().goals().getFirst();
        assertThat(goal.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(goal.measure()).isEqualTo("drie orders zelf, voor de zomer");
        assertThat(smart.expecting()).isEqualTo(new Expecting("doel.nog_een", PopField.Kind.YES_NO, Options.YES_NO));
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(Word.BACK, "rol", Phase.INVENTARISATIE, "We zijn nog bij de eerste vraag."),
                Arguments.of(Word.SKIP, "energie", Phase.INVENTARISATIE, null),
                Arguments.of(Word.HELP, "rol", Phase.INVENTARISATIE, null),
                Arguments.of(Word.NEXT_PHASE, "richting.diepte", Phase.VOORSTELLEN, null),
                Arguments.of(Word.STOP, null, Phase.AFGEROND, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("commands")
    void theWordsThatWorkInEveryPhaseMoveThroughTheAgenda(Word word, String expected, Phase phase, String says) {
        Step step = next(dialogue.open(SANNE, emptyPop()), new Answer.Command(word, word.name()));

        assertThat(step.expecting() == null ? null : step.expecting().field()).isEqualTo(expected);
        assertThat(step.phase()).isEqualTo(phase);
        if (says != null) {
            assertThat(step.reply()).startsWith(says);
        }
    }

    @Test
    void afterTheEndBackReturnsToTheLastQuestionAndAnythingElseIsAnswered() {
        Step step = dialogue.open(SANNE, emptyPop());
        step = next(step, new Answer.Text("Planner", "Planner"));
        Step finished = next(step, new Answer.Command(Word.STOP, "stop"));

        Step other = next(finished, new Answer.Text("dank je", "dank je"));
        Step back = next(finished, new Answer.Command(Word.BACK, "terug"));

        assertThat(other.phase()).isEqualTo(Phase.AFGEROND);
        assertThat(other.reply()).isEqualTo(BANK.texts().text("na_afronding"));
        assertThat(back.expecting().field()).isEqualTo("rol");
        assertThat(back.pop().role()).isEqualTo("Planner");
    }

    @Test
    void whatIsExpectedChangesWhenTheConversationMovesOnSoAStaleReadingIsNoticed() {
        Step role = dialogue.open(SANNE, emptyPop());
        Step energy = next(role, new Answer.Text("Planner", "Planner"));

        assertThat(dialogue.expecting(role.state(), role.pop())).isEqualTo(role.expecting())
                .isNotEqualTo(dialogue.expecting(energy.state(), energy.pop()));
    }

    @Test
    void inAOneOnOneTheQuestionsAddressBothPeopleAndAnswersAreAttributed() {
        var together = new Participants(ConversationType.GESPREK, "Sanne de Vries", "Fatima El Amrani");
        Step opened = dialogue.open(together, emptyPop());

        Step answered = dialogue.next(together, opened.state(), opened.pop(), new Answer.Text("Planner", "Planner"));

        assertThat(opened.reply()).contains("Sanne", "Fatima");
        assertThat(answered.pop().attribution()).containsEntry("role", "Sanne de Vries");
    }

    @Test
    void aQuestionBackIsAnsweredFromTheKnowledgeBaseAndTheOpenQuestionComesAgainWithNothingStored() {
        Step wishes = at(PopField.WENSEN);

        Step answered = next(wishes, new Answer.Question("Wat is SLIM eigenlijk?"));

        assertThat(answered.reply()).contains("SLIM vraag je aan in een aanvraagtijdvak.")
                .endsWith(BANK.phase(Phase.INVENTARISATIE).questions().get(5).alone());
        assertThat(answered.sources()).containsExactly(SLIM);
        assertThat(answered.expecting().field()).isEqualTo("wensen");
        assertThat(answered.pop()).isEqualTo(wishes.pop());
    }

    @Test
    void aQuestionMarkExplainsTheQuestionAndStoresNothing() {
        Step energy = at(PopField.ENERGIE);

        Step explained = next(energy, new Answer.Command(Word.EXPLAIN, "?"));

        assertThat(explained.reply()).startsWith("Ik wil weten welk werk je energie geeft")
                .endsWith("Van welk werk krijg je energie? Denk aan een moment van de afgelopen maanden waarop het goed liep.");
        assertThat(explained.expecting().field()).isEqualTo("energie");
        assertThat(explained.pop()).isEqualTo(energy.pop());
    }

    @Test
    void notKnowingGetsOneSmallerQuestionAndThenMovesOnWithoutStoringAnything() {
        Step longTerm = at(PopField.AMBITIE_LANG);

        Step helped = next(longTerm, new Answer.DontKnow("geen idee"));
        Step movedOn = next(helped, new Answer.DontKnow("nee, echt geen idee"));

        assertThat(helped.reply()).startsWith("Geen probleem").contains("Ken je iemand wiens werk");
        assertThat(helped.expecting().field()).isEqualTo("ambitie.lang");
        assertThat(movedOn.expecting().field()).isEqualTo("wensen");
        assertThat(movedOn.pop().ambitions().longTerm()).isNull();
        assertThat(movedOn.pop().openPoints()).as("the plan does not depend on it").isEmpty();
    }

    @Test
    void notKnowingWhatAGoalNeedsBecomesAnOpenPointThatIsInThePop() {
        Step measure = at(PopField.DOEL_MAATSTAF);

        Step movedOn = next(next(measure, new Answer.DontKnow("weet ik niet")), new Answer.DontKnow("-"));

        assertThat(movedOn.expecting().field()).isEqualTo("doel.deadline");
        assertThat(movedOn.pop().goals().getFirst().measure()).isNull();
        assertThat(movedOn.pop().openPoints()).containsExactly("Nog uitzoeken: hoe je merkt dat 'Zelfstandig inkopen' gelukt is.");
        assertThat(movedOn.reply()).contains("Ik zet het bij de open punten");
    }

    @Test
    void notKnowingTheLearningFormLeavesItOpenWithoutAnOpenPoint() {
        Step actions = at(PopField.DOEL_ACTIES);
        Step asked = next(actions, new Answer.Actions(List.of(new Answer.Action("Iets met Ruben", null, null)),
                "iets met Ruben"));

        Step movedOn = next(asked, new Answer.DontKnow("geen idee"));

        assertThat(asked.expecting().field()).isEqualTo(Expecting.LEARNING_FORM);
        assertThat(movedOn.expecting().field()).isEqualTo("doel.plaats");
        assertThat(movedOn.pop().goals().getFirst().actions().getFirst().learningForm()).isNull();
        assertThat(movedOn.pop().openPoints()).isEmpty();
    }

    @Test
    void aYesThatNamesTheNextGoalStoresItAndAsksForItsMeasure() {
        Step more = at(PopField.DOEL_NOG_EEN);

        Step named = next(more, new Answer.YesNo(true, "Ja, ik wil ook mijn heftruckcertificaat halen."));

        assertThat(named.pop().goals()).extracting(Pop.Goal::description)
                .containsExactly("Zelfstandig inkopen", "Mijn heftruckcertificaat halen");
        assertThat(named.reply()).startsWith("Genoteerd als volgend doel: Mijn heftruckcertificaat halen.");
        assertThat(named.expecting().field()).isEqualTo("doel.maatstaf");
        assertThat(next(more, new Answer.YesNo(true, "ja hoor")).expecting().field()).isEqualTo("doel.beschrijving");
    }

    @Test
    void aSignalInAnAnswerGetsItsOwnFollowUpOnceAndTheAnswerIsKept() {
        Step wishes = at(PopField.WENSEN);

        Step followUp = next(wishes, new Answer.Text("Ik solliciteer soms al bij andere bedrijven",
                "Ik solliciteer soms al bij andere bedrijven"));
        Step answered = next(followUp, new Answer.Text("Meer afwisseling in mijn werk", "Meer afwisseling in mijn werk"));

        assertThat(followUp.expecting().field()).isEqualTo(Expecting.FOLLOW_UP);
        assertThat(followUp.reply()).contains("Wat zou er hier moeten veranderen");
        assertThat(answered.expecting().field()).isEqualTo("organisatie");
        assertThat(answered.pop().wishes()).isEqualTo("Ik solliciteer soms al bij andere bedrijven / Meer afwisseling in mijn werk");

        Step again = next(next(answered, new Answer.Command(Word.BACK, "terug")),
                new Answer.Text("Nog steeds aan het solliciteren", "Nog steeds aan het solliciteren"));
        assertThat(again.expecting().field()).as("each signal once").isEqualTo("organisatie");
    }

    @Test
    void agreeingToAFollowUpAddsNothingToThePlan() {
        Step followUp = next(at(PopField.WENSEN), new Answer.Text("Ik solliciteer soms al bij andere bedrijven",
                "Ik solliciteer soms al bij andere bedrijven"));
        for (String agreeing : List.of("klopt", "ja hoor", "alles klopt", "nee")) {
            Step answered = next(followUp, new Answer.Text(agreeing, agreeing));
            assertThat(answered.pop().wishes()).as(agreeing).isEqualTo("Ik solliciteer soms al bij andere bedrijven");
            assertThat(answered.expecting().field()).isEqualTo("organisatie");
        }
    }

    @Test
    void aCoachFollowsUpAtMostThreeTimes() {
        Step step = at(PopField.ENERGIE);
        List<String> answers = List.of("Ik heb eigenlijk geen ambitie meer", "Er is geen budget voor", "Het is te druk",
                "Ik ga over een paar jaar met pensioen");
        int followUps = 0;
        for (String answer : answers) {
            step = next(step, new Answer.Text(answer, answer));
            if (Expecting.FOLLOW_UP.equals(step.expecting().field())) {
                followUps++;
                step = next(step, new Answer.DontKnow("weet ik niet"));
            }
        }
        assertThat(followUps).isEqualTo(3);
    }

    @Test
    void beforeTheAgreementsKoersSumsUpAndAnAdditionIsKeptInTheOpenPoints() {
        Step step = dialogue.open(SANNE, emptyPop());
        step = next(step, new Answer.Text("Planner", "Planner"));
        step = next(step, new Answer.Command(Word.SKIP, "overslaan"));
        step = next(step, new Answer.Items(List.of("plannen", "Excel"), "plannen en Excel"));
        step = next(step, new Answer.Text("Zelf de inkoop doen", "Zelf de inkoop doen."));
        step = next(step, new Answer.Command(Word.NEXT_PHASE, "volgende fase"));
        step = next(step, new Answer.Choice("VERBREDEN", "verbreden"));
        step = next(next(step, new Answer.Command(Word.SKIP, "overslaan")), new Answer.Command(Word.SKIP, "overslaan"));
        Step summary = next(step, new Answer.Command(Word.SKIP, "overslaan"));

        assertThat(summary.expecting().field()).isEqualTo(Expecting.SUMMARY);
        assertThat(summary.reply()).contains("Als ik het goed begrijp:", "- Je werk nu: ‘Planner’",
                "- Talenten: ‘plannen’ en ‘Excel’", "- Over een jaar: ‘Zelf de inkoop doen’\n", "- Richting: Verbreden")
                .doesNotContain("Energie");

        Step confirmed = next(summary, new Answer.Text("ja", "ja"));
        assertThat(confirmed.expecting().field()).isEqualTo("doel.beschrijving");
        assertThat(confirmed.reply()).contains("Je noemde als talenten ‘plannen’ en ‘Excel’, en over een jaar: ‘Zelf de inkoop doen’.");
        assertThat(confirmed.pop().openPoints()).isEmpty();

        Step added = next(summary, new Answer.Text("Ik ben ook goed met klanten", "Ik ben ook goed met klanten"));
        assertThat(added.expecting().field()).isEqualTo("doel.beschrijving");
        assertThat(added.pop().openPoints()).containsExactly("Aanvulling op de samenvatting: Ik ben ook goed met klanten");

        Step no = next(summary, new Answer.Text("nee", "nee"));
        assertThat(no.expecting().field()).as("what is wrong, asked once").isEqualTo(Expecting.SUMMARY);
    }

    @Test
    void atMostOneTipAPhaseChosenWithWhatWasSaidAndNeverTheSameArticleTwice() {
        List<String> queries = new ArrayList<>();
        Tips every = (query, audience, given) -> {
            queries.add(query);
            String id = "artikel-" + queries.size();
            return Optional.of(new Tips.Tip(id, "Een tip.", new SourceRef(id, id + ".md", null)));
        };
        Dialogue tipping = new Dialogue(BANK, every);
        Step step = tipping.open(SANNE, emptyPop());
        List<Phase> tipped = new ArrayList<>();
        for (int turns = 0; turns < 40 && step.expecting() != null; turns++) {
            Answer answer = step.expecting().kind() == PopField.Kind.TEXT
                    ? new Answer.Text("Iets over inkoop " + turns, "Iets over inkoop " + turns)
                    : new Answer.Command(Word.SKIP, "overslaan");
            step = tipping.next(SANNE, step.state(), step.pop(), answer);
            if (!step.sources().isEmpty()) {
                tipped.add(step.phase());
            }
        }

        assertThat(tipped).doesNotHaveDuplicates().hasSizeBetween(2, 3);
        assertThat(queries).allSatisfy(query -> assertThat(query).contains("Iets over inkoop"));
    }

    @Test
    void aRhythmOfReviewsGoesOnUpToTheLastGoalsDeadline() {
        Step more = at(PopField.DOEL_NOG_EEN);
        Step second = next(next(more, new Answer.YesNo(true, "ja, ik wil ook Duits leren")),
                new Answer.Text("Een gesprek in het Duits voeren", "Een gesprek in het Duits voeren"));
        Step reviews = second;
        for (int turns = 0; turns < 12 && !reviews.expecting().field().equals("voortgang"); turns++) {
            Answer answer = switch (reviews.expecting().field()) {
                case "doel.deadline" -> new Answer.Date(LocalDate.of(2028, 6, 30), "eind juni 2028");
                case "doel.nog_een" -> new Answer.YesNo(false, "nee");
                default -> new Answer.Command(Word.SKIP, "overslaan");
            };
            reviews = next(reviews, answer);
        }
        List<LocalDate> quarterly = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 1),
                LocalDate.of(2027, 12, 1));

        Step noted = next(reviews, new Answer.Dates(quarterly, java.time.Period.ofMonths(3), "elk kwartaal"));

        assertThat(noted.pop().reviews()).startsWith(quarterly.toArray(LocalDate[]::new))
                .endsWith(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 6, 1)).hasSize(6);
        assertThat(noted.reply()).startsWith("Genoteerd: 6 gesprekken, van 1 maart 2027 tot en met 1 juni 2028.");
    }

    @Test
    void aDateInTheMeasureIsTheDeadlineAndIsNotAskedAgain() {
        Step measure = at(PopField.DOEL_MAATSTAF);

        Step noted = next(measure, new Answer.Date(LocalDate.of(2027, 4, 1), "Drie orders zonder hulp, voor 1 april"));

        assertThat(noted.pop().goals().getFirst().measure()).isEqualTo("Drie orders zonder hulp, voor 1 april");
        assertThat(noted.pop().goals().getFirst().deadline()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(noted.reply()).startsWith("Genoteerd, met als datum 1 april 2027.");
        assertThat(noted.expecting().field()).isEqualTo("doel.acties");
    }

    @Test
    void budgetNotUnderstoodTwiceIsKeptAndReallyBecomesAnOpenPoint() {
        Step budget = at(PopField.DOEL_MIDDELEN);

        Step kept = next(next(budget, new Answer.NotUnderstood("dat regelt HR")), new Answer.NotUnderstood("dat regelt HR"));

        assertThat(kept.reply()).contains("Ik zet het ook bij de open punten");
        assertThat(kept.pop().openPoints()).containsExactly("Budget en tijd voor 'Zelfstandig inkopen' nog bepalen: dat regelt HR");
    }

    @Test
    void aQuestionAtTheEndOfAnAnswerIsAnsweredAndLeftOutOfThePop() {
        Step possibilities = at(PopField.MOGELIJKHEDEN);

        Step answered = next(possibilities, new Answer.Text("Meekijken bij ICT, en er is een cursus.",
                "Meekijken bij ICT, en er is een cursus. Kan ik SLIM gebruiken of moet ik het zelf betalen?"));

        assertThat(answered.pop().possibilities()).isEqualTo("Meekijken bij ICT, en er is een cursus.");
        assertThat(answered.reply()).contains("SLIM vraag je aan in een aanvraagtijdvak.");
        assertThat(answered.sources()).containsExactly(SLIM);
        assertThat(answered.expecting().field()).isEqualTo("belemmeringen");
    }

    @Test
    void aQuestionAFollowUpAlreadyAnsweredIsNotAskedAgain() {
        Step wishes = at(PopField.AMBITIE_KORT);
        Step followUp = next(wishes, new Answer.Text("De helft van mijn werk verdwijnt door de scanners",
                "De helft van mijn werk verdwijnt door de scanners"));
        Step step = next(followUp, new Answer.Text("Ik wil met het WMS leren werken", "Ik wil met het WMS leren werken"));
        step = next(step, new Answer.Command(Word.SKIP, "overslaan"));
        step = next(step, new Answer.Command(Word.SKIP, "overslaan"));

        assertThat(followUp.expecting().field()).isEqualTo(Expecting.FOLLOW_UP);
        assertThat(step.pop().organisationWishes()).isEqualTo("Ik wil met het WMS leren werken");
        assertThat(step.expecting().field()).as("how the work changes was answered").isEqualTo("richting.diepte");
    }

    @Test
    void movingOnByChoiceSkipsTheSummary() {
        Step step = next(dialogue.open(SANNE, emptyPop()), new Answer.Text("Planner", "Planner"));

        Step agreements = next(next(step, new Answer.Command(Word.NEXT_PHASE, "volgende fase")),
                new Answer.Command(Word.NEXT_PHASE, "volgende fase"));

        assertThat(agreements.expecting().field()).isEqualTo("doel.beschrijving");
    }

    @Test
    void aYesToTheSummaryWithSomethingAddedKeepsOnlyTheAddition() {
        Step step = dialogue.open(SANNE, emptyPop());
        step = next(step, new Answer.Text("Planner", "Planner"));
        step = next(step, new Answer.Command(Word.NEXT_PHASE, "volgende fase"));
        for (int question = 0; question < 3; question++) {
            step = next(step, new Answer.Command(Word.SKIP, "overslaan"));
        }
        Step summary = next(step, new Answer.Command(Word.SKIP, "overslaan"));

        Step added = next(summary, new Answer.Text("Ja, dat klopt. Ik ben ook goed met klanten.",
                "Ja, dat klopt. Ik ben ook goed met klanten."));

        assertThat(summary.expecting().field()).isEqualTo(Expecting.SUMMARY);
        assertThat(added.pop().openPoints()).containsExactly("Aanvulling op de samenvatting: Ik ben ook goed met klanten.");
    }

    @Test
    void anAmountForOneActionIsThatActionsAlone() {
        Step budget = at(PopField.DOEL_MIDDELEN);
        Step twoActions = next(at(PopField.DOEL_ACTIES), new Answer.Actions(List.of(
                new Answer.Action("Meelopen met de inkoper", LearningForm.WERKPLEK, null),
                new Answer.Action("Een cursus inkoopbasis", LearningForm.FORMEEL, null)), "meelopen en een cursus"));
        Step atBudget = next(twoActions, new Answer.Command(Word.SKIP, "overslaan"));
        Resources course = Resources.of(new BigDecimal("650"), null, "€ 650 voor de cursus");

        Step forCourse = next(atBudget, new Answer.Amounts(course, "€ 650 voor de cursus"));
        Step forGoal = next(budget, new Answer.Amounts(course.withText("€ 650"), "€ 650"));

        assertThat(atBudget.expecting().field()).isEqualTo("doel.middelen");
        assertThat(forCourse.pop().goals().getFirst().resources()).isNull();
        assertThat(forCourse.pop().goals().getFirst().actions().get(1).resources()).isEqualTo(course);
        assertThat(forGoal.pop().goals().getFirst().resources().euros()).isEqualByComparingTo("650");
    }

    @Test
    void wordsQuotedBackCannotFormatTheReply() {
        Step goal = at(PopField.DOEL_BESCHRIJVING);

        Step asked = next(goal, new Answer.Text("*Dringend*: de [planning] leren", "*Dringend*: de [planning] leren"));

        assertThat(asked.reply()).contains("'\\*Dringend\\*: de \\[planning\\] leren'");
        assertThat(asked.pop().goals().getFirst().description()).as("stored as typed").isEqualTo("*Dringend*: de [planning] leren");
    }

    @Test
    void afterTheHintAnActionOfAnotherKindCanBeAddedRightAway() {
        Step actions = at(PopField.DOEL_ACTIES);
        Step hinted = next(actions, new Answer.Actions(List.of(new Answer.Action("Een cursus Excel", LearningForm.FORMEEL,
                null)), "een cursus Excel"));

        Step added = next(hinted, new Answer.Actions(List.of(new Answer.Action("Meelopen met de planner",
                LearningForm.WERKPLEK, null)), "dan ook meelopen met de planner"));
        Step declined = next(hinted, new Answer.Nothing("nee"));

        assertThat(hinted.reply()).contains("70-20-10", "Wil je er zo'n actie bij zetten?");
        assertThat(hinted.expecting().field()).isEqualTo(Expecting.EXTRA_ACTION);
        assertThat(added.pop().goals().getFirst().actions()).extracting(Pop.Action::description)
                .containsExactly("Een cursus Excel", "Meelopen met de planner");
        assertThat(added.pop().goals().getFirst().place()).as("not the place of both actions").isNull();
        assertThat(added.expecting().field()).isEqualTo("doel.plaats");
        assertThat(declined.pop().goals().getFirst().actions()).hasSize(1);
        assertThat(declined.expecting().field()).isEqualTo("doel.plaats");
    }

    @Test
    void whatIsMeantByAWordOfTheQuestionIsExplainedByTheQuestionItself() {
        Step depth = at(PopField.RICHTING_DIEPTE);

        Step explained = next(depth, new Answer.Question("Wat bedoel je precies met verbreden?"));

        assertThat(explained.reply()).startsWith("Verdiepen is beter worden in je eigen vak")
                .endsWith(depth.expecting() == null ? "" : BANK.phase(Phase.VOORSTELLEN).questions().getFirst().alone());
        assertThat(explained.sources()).isEmpty();
        assertThat(explained.expecting().field()).isEqualTo("richting.diepte");
    }

    @Test
    void aFollowUpsAnswerIsKeptAndTheFieldsOwnQuestionStillComesAndAddsToIt() {
        Step energy = at(PopField.ENERGIE);
        Step followUp = next(energy, new Answer.Text("Eerlijk gezegd solliciteer ik soms al",
                "Eerlijk gezegd solliciteer ik soms al"));
        Step step = next(followUp, new Answer.Text("Meer afwisseling.", "Meer afwisseling. Is er subsidie voor SLIM?"));
        for (int i = 0; i < 3; i++) {
            step = next(step, new Answer.Command(Word.SKIP, "overslaan"));
        }
        Step wishes = next(step, new Answer.Text("Inkoop leren", "Inkoop leren"));

        assertThat(followUp.expecting().field()).isEqualTo(Expecting.FOLLOW_UP);
        assertThat(next(followUp, new Answer.Text("Meer afwisseling", "Meer afwisseling. Is er subsidie voor SLIM?"))
                .reply()).as("the question at its end is answered").contains("SLIM vraag je aan");
        assertThat(step.expecting().field()).as("the wishes are still asked").isEqualTo("wensen");
        assertThat(wishes.pop().wishes()).isEqualTo("Meer afwisseling. / Inkoop leren");
    }

    /** The step at the question for {@code field}: earlier questions skipped, a goal described with a deadline. */
    private Step at(PopField field) {
        Step step = dialogue.open(SANNE, emptyPop());
        for (int turns = 0; turns < 40; turns++) {
            Expecting expecting = step.expecting();
            if (expecting.field().equals(field.key())) {
                return step;
            }
            Answer answer = switch (expecting.field()) {
                case "doel.beschrijving" -> new Answer.Text("Zelfstandig inkopen", "Ik wil zelfstandig inkopen");
                case "doel.maatstaf" -> new Answer.Text("Drie orders zonder hulp", "Drie orders zonder hulp");
                case "doel.deadline" -> new Answer.Date(LocalDate.of(2027, 3, 31), "eind maart 2027");
                case "doel.acties" -> new Answer.Actions(List.of(new Answer.Action("Meelopen met de inkoper",
                        LearningForm.WERKPLEK, null)), "meelopen met de inkoper");
                default -> new Answer.Command(Word.SKIP, "overslaan");
            };
            step = next(step, answer);
        }
        throw new AssertionError("never asked " + field);
    }

    private Step next(Step step, Answer answer) {
        return dialogue.next(SANNE, step.state(), step.pop(), answer);
    }

    private static Arguments fill(PopField field, Answer answer, Consumer<Pop> expected) {
        return Arguments.of(field, answer, expected);
    }

    private static Pop emptyPop() {
        return Pop.empty("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23));
    }
}
