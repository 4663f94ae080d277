package nl.koers.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.converter.BeanOutputConverter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.pop.Pop;
import tools.jackson.databind.json.JsonMapper;

/**
 * The POP's texts written by the model at the end: ambitions, each goal as one SMART sentence, each action as a
 * concrete step. The structure stays the dialogue's: the output must have exactly the goals and actions it was given,
 * and a text the model left empty or wrote far too long keeps the person's own words.
 */
@Component
class PopWriting {

    /** What the model gets: the texts to rewrite, with the measure and deadline a SMART sentence needs. */
    record Draft(Texts.Ambitions ambities, List<GoalDraft> doelen) {
    }

    record GoalDraft(String beschrijving, String maatstaf, @Nullable LocalDate deadline, List<String> acties) {
    }

    /** What the model writes back; the schema is generated from these records. */
    record Texts(@JsonProperty(required = true) @Nullable Ambitions ambities,
            @JsonProperty(required = true) @Nullable List<GoalTexts> doelen) {

        record Ambitions(@JsonProperty(required = true) @Nullable String kort,
                @JsonProperty(required = true) @Nullable String lang) {
        }
    }

    record GoalTexts(@JsonProperty(required = true) @Nullable String beschrijving,
            @JsonProperty(required = true) @Nullable List<String> acties) {
    }

    private static final int LONGEST = 600;

    private final LanguageModel model;
    private final PromptLibrary prompts;
    private final JsonMapper json;

    /** The converter and its schema, made on the first POP that is written rather than at start. */
    private static final class Converter {

        static final BeanOutputConverter<Texts> TEXTS = new BeanOutputConverter<>(Texts.class);
    }

    PopWriting(LanguageModel model, PromptLibrary prompts, JsonMapper json) {
        this.model = model;
        this.prompts = prompts;
        this.json = json;
    }

    Pop write(Participants who, Pop pop) {
        Draft draft = new Draft(new Texts.Ambitions(orEmpty(pop.ambitions().shortTerm()), orEmpty(pop.ambitions().longTerm())),
                pop.goals().stream().map(goal -> new GoalDraft(goal.description(), orEmpty(goal.measure()), goal.deadline(),
                        goal.actions().stream().map(Pop.Action::description).toList())).toList());
        String system = prompts.system(who, Phase.AFGEROND);
        String user = prompts.render(PromptName.POP_SCHRIJVEN, Map.of("pop",
                Assistant.data(json.writeValueAsString(draft))));
        Texts written;
        try {
            BeanOutputConverter<Texts> converter = Converter.TEXTS;
            written = converter.convert(model.json(system, user, converter.getJsonSchemaMap()));
        } catch (RuntimeException notJson) {
            if (notJson instanceof ModelUnavailableException unavailable) {
                throw unavailable;
            }
            throw new ModelUnavailableException("the POP texts were not JSON");
        }
        return rewritten(pop, written);
    }

    private static Pop rewritten(Pop pop, @Nullable Texts written) {
        List<GoalTexts> goals = written == null || written.doelen() == null ? List.of() : written.doelen();
        if (goals.size() != pop.goals().size()) {
            throw new ModelUnavailableException("the POP texts changed the number of goals");
        }
        List<Pop.Goal> rewritten = new ArrayList<>();
        for (int i = 0; i < pop.goals().size(); i++) {
            Pop.Goal goal = pop.goals().get(i);
            List<String> actions = goals.get(i).acties() == null ? List.of() : goals.get(i).acties();
            if (actions.size() != goal.actions().size()) {
                throw new ModelUnavailableException("the POP texts changed the number of actions of goal " + (i + 1));
            }
            List<Pop.Action> steps = new ArrayList<>();
            for (int a = 0; a < goal.actions().size(); a++) {
                Pop.Action action = goal.actions().get(a);
                steps.add(new Pop.Action(sentence(actions.get(a), action.description()), action.learningForm(),
                        action.deadline(), action.resources()));
            }
            rewritten.add(new Pop.Goal(goal.id(), sentence(goals.get(i).beschrijving(), goal.description()), goal.measure(),
                    goal.deadline(), goal.deadlineText(), goal.place(), goal.resources(), goal.support(), goal.ownEffort(),
                    steps));
        }
        Texts.Ambitions ambitions = written.ambities();
        return pop.toBuilder().ambitions(new Pop.Ambitions(
                sentenceOrNull(ambitions == null ? null : ambitions.kort(), pop.ambitions().shortTerm()),
                sentenceOrNull(ambitions == null ? null : ambitions.lang(), pop.ambitions().longTerm())))
                .goals(rewritten).build();
    }

    /** The model's sentence, or the original when the model left it empty or wrote far too much. */
    private static String sentence(@Nullable String written, String original) {
        String text = written == null ? "" : written.strip();
        return text.isEmpty() || text.length() > LONGEST ? original : text;
    }

    private static @Nullable String sentenceOrNull(@Nullable String written, @Nullable String original) {
        return original == null || original.isBlank() ? original : sentence(written, original);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
