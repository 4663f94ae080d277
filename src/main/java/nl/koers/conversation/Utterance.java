package nl.koers.conversation;

import nl.koers.accounts.KoersUser;

/**
 * A message someone sends: the words, who typed them, and whose answer they are. In a one-on-one on one screen the
 * leader types the employee's answer too; everywhere else the speaker is the author.
 */
record Utterance(String text, KoersUser author, KoersUser speaker) {

    static Utterance own(String text, KoersUser author) {
        return new Utterance(text, author, author);
    }
}
