package nl.koers.dialogue;

import static nl.koers.dialogue.QuestionBankLoader.compose;
import static nl.koers.dialogue.QuestionBankLoader.entries;
import static nl.koers.dialogue.QuestionBankLoader.line;
import static nl.koers.dialogue.QuestionBankLoader.mapping;
import static nl.koers.dialogue.QuestionBankLoader.required;
import static nl.koers.dialogue.QuestionBankLoader.scalar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import nl.koers.dutch.DutchText;
import nl.koers.dutch.LearningForms;
import nl.koers.pop.LearningForm;

/**
 * Reads and checks the learning-form vocabulary in {@code <prompts>/leervormen.yml}, as the question bank is read:
 * from the prompts folder when Koers starts, so an organisation changes words without a new build, and with the file
 * and line of every mistake.
 */
public final class LearningFormsLoader {

    static final String FILE = "leervormen.yml";
    static final Set<String> GROUP_KEYS = Set.of("vorm", "waarom", "woorden", "voorrang");

    private LearningFormsLoader() {
    }

    public static LearningForms load(Path promptsDir) {
        Path file = promptsDir.resolve(FILE);
        MappingNode root = mapping(file, compose(file));
        Node list = required(file, root, entries(file, root, Set.of("leervormen")), "leervormen");
        if (!(list instanceof SequenceNode groups) || groups.getValue().isEmpty()) {
            throw new PromptFileException(file, line(list), "'leervormen' moet een lijst met minstens één groep zijn");
        }
        List<LearningForms.Words> vocabulary = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : groups.getValue()) {
            vocabulary.add(group(file, mapping(file, item), seen));
        }
        return new LearningForms(vocabulary);
    }

    private static LearningForms.Words group(Path file, MappingNode node, Map<String, Integer> seen) {
        Map<String, Node> fields = entries(file, node, GROUP_KEYS);
        Node formNode = required(file, node, fields, "vorm");
        String name = scalar(file, formNode);
        LearningForm form = Arrays.stream(LearningForm.values()).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new PromptFileException(file, line(formNode), "onbekende vorm '" + name
                        + "'; mogelijk: " + Arrays.toString(LearningForm.values())));
        Node why = required(file, node, fields, "waarom");
        if (scalar(file, why).isBlank()) {
            throw new PromptFileException(file, line(why), "'waarom' is leeg; schrijf op waarom deze woorden bij "
                    + name + " horen");
        }
        boolean fallback = false;
        if (fields.containsKey("voorrang")) {
            String priority = scalar(file, fields.get("voorrang"));
            if (!priority.equals("laag") && !priority.equals("normaal")) {
                throw new PromptFileException(file, line(fields.get("voorrang")), "'voorrang' is 'normaal' of 'laag',"
                        + " niet '" + priority + "'");
            }
            fallback = priority.equals("laag");
        }
        Node wordsNode = required(file, node, fields, "woorden");
        if (!(wordsNode instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw new PromptFileException(file, line(wordsNode), "'woorden' moet een lijst met minstens één woord zijn");
        }
        List<String> words = new ArrayList<>();
        for (Node wordNode : list.getValue()) {
            String word = scalar(file, wordNode);
            Optional<String> problem = LearningForms.problem(word);
            if (problem.isPresent()) {
                throw new PromptFileException(file, line(wordNode), "woord '" + word + "': " + problem.get());
            }
            Integer before = seen.putIfAbsent(DutchText.lowerCase(word), line(wordNode));
            if (before != null) {
                throw new PromptFileException(file, line(wordNode), "'" + word + "' staat al op regel " + before);
            }
            words.add(word);
        }
        return new LearningForms.Words(form, fallback, words);
    }
}
