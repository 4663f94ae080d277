package nl.koers.dialogue;

/**
 * How far a conversation is within its phase, for the page's "vraag 3 van 8": the open question's number and how
 * many the phase has, and in the agreements or a progress review the goal it is about (from 1; 0 when none).
 *
 * @param goals in a progress review, how many goals it walks; else 0
 */
public record Progress(int question, int questions, int goal, int goals) {
}
