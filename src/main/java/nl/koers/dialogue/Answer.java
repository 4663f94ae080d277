package nl.koers.dialogue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;

/**
 * What a person's message means to the dialogue, whoever read it: the guided reader from Dutch words, or the
 * language model from its structured output. Every answer keeps the words as they were said, so that nothing said
 * is lost when it ends up as an open point.
 */
public sealed interface Answer {

    /** The message as the person typed it, without surrounding white space. */
    String said();

    /** One of the words that work in every phase. */
    record Command(Word word, String said) implements Answer {

        /** {@code EXPLAIN}: "?" or "wat bedoel je?", the open question explained. */
        public enum Word {
            HELP, EXPLAIN, BACK, SKIP, NEXT_PHASE, STOP
        }
    }

    /** An answer taken in the person's own words; {@code value} may be tidied (a goal without "ik wil graag"). */
    record Text(String value, String said) implements Answer {
    }

    /** Short items, such as talents. */
    record Items(List<String> items, String said) implements Answer {

        public Items {
            items = List.copyOf(items);
        }
    }

    /** One of the question's choices, by its {@link Expecting.Option#value()}. */
    record Choice(String value, String said) implements Answer {
    }

    record Date(LocalDate date, String said) implements Answer {
    }

    /**
     * Review dates. For a rhythm ("elk kwartaal") {@code every} is its step and {@code dates} its first year, so that
     * the dialogue can continue it up to a goal's deadline further away; {@code every} is null for dates said one by one.
     */
    record Dates(List<LocalDate> dates, @Nullable Period every, String said) implements Answer {

        public Dates {
            dates = List.copyOf(dates);
        }

        /** Dates said one by one, without a rhythm. */
        public Dates(List<LocalDate> dates, String said) {
            this(dates, null, said);
        }
    }

    /** The actions for a goal, each with the learning form and deadline as far as they were said. */
    record Actions(List<Action> actions, String said) implements Answer {

        public Actions {
            actions = List.copyOf(actions);
        }
    }

    record Action(String description, @Nullable LearningForm form, @Nullable LocalDate deadline) {
    }

    /** Money and time, at least one of the two understood. */
    record Amounts(Resources resources, String said) implements Answer {
    }

    record YesNo(boolean yes, String said) implements Answer {
    }

    /** "Niets", "geen", "nvt": nothing to add here. */
    record Nothing(String said) implements Answer {
    }

    /** "Geen idee", "weet ik niet", "-": no answer yet; nothing is stored, and Koers helps with a smaller question. */
    record DontKnow(String said) implements Answer {
    }

    /** A question back instead of an answer; it is answered, not stored. */
    record Question(String said) implements Answer {
    }

    /**
     * "Nee, …" to an answer a preparation brought: what follows replaces it. Any other answer to such a
     * confirmation adds to what was prepared.
     */
    record Correction(Answer answer, String said) implements Answer {
    }

    /** Words that do not answer what was asked in a way Koers could read. */
    record NotUnderstood(String said) implements Answer {
    }
}
