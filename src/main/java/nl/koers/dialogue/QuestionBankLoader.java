package nl.koers.dialogue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;


/**
 * Reads and checks the question bank in {@code <prompts>/vragenbank/}. Everything wrong is reported with the
 * file and line, so that an organisation that edits a question sees at start-up what to fix.
 */
public final class QuestionBankLoader {

    static final String FOLDER = "vragenbank";
    static final Map<Phase, String> PHASE_FILES = Map.of(Phase.INVENTARISATIE, "1-inventarisatie.yml",
            Phase.VOORSTELLEN, "2-voorstellen.yml", Phase.AFSPRAKEN, "3-afspraken.yml");
    static final String TEXTS_FILE = "teksten.yml";
    static final String SIGNALS_FILE = "signalen.yml";
    static final Set<String> SIGNAL_KEYS = Set.of("naam", "woorden", "vraag", "gesprek", "veld", "tip",
            "beantwoordt_vraag");
    /** The most follow-ups on signals in one conversation: a coach listens, but does not interrogate. */
    static final int SIGNALS_AT_MOST = 3;
    static final Set<String> QUESTION_KEYS = Set.of("veld", "vraag", "gesprek", "leider", "aan", "tip", "uitleg",
            "doorvraag");
    static final Set<String> PERSON_PLACEHOLDERS = Set.of("medewerker", "leidinggevende");

    private QuestionBankLoader() {
    }

    public static QuestionBank load(Path promptsDir) {
        Path folder = promptsDir.resolve(FOLDER);
        Map<Phase, PhaseScript> phases = new EnumMap<>(Phase.class);
        for (Phase phase : QuestionBank.ORDER) {
            Path file = folder.resolve(PHASE_FILES.get(phase));
            phases.put(phase, phase(file, phase, mapping(file, compose(file))));
        }
        Path texts = folder.resolve(TEXTS_FILE);
        Path signals = folder.resolve(SIGNALS_FILE);
        return new QuestionBank(phases, texts(texts, mapping(texts, compose(texts))),
                signals(signals, mapping(signals, compose(signals))));
    }

    private static PhaseScript phase(Path file, Phase phase, MappingNode root) {
        Map<String, Node> top = entries(file, root, Set.of("fase", "intro", "vragen"));
        String named = scalar(file, required(file, root, top, "fase"));
        if (!named.equals(phase.name())) {
            throw new PromptFileException(file, line(top.get("fase")), "fase '" + named + "' hoort niet in dit bestand;"
                    + " verwacht: " + phase.name());
        }
        MappingNode introNode = mapping(file, required(file, root, top, "intro"));
        Map<String, Node> intros = entries(file, introNode, Set.of("VOORBEREIDING", "GESPREK", "LEIDER"));
        Map<Setting, String> intro = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            Node text = required(file, introNode, intros, setting.key());
            intro.put(setting, checkedText(file, text, PERSON_PLACEHOLDERS));
        }
        Node list = required(file, root, top, "vragen");
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new PromptFileException(file, line(list), "'vragen' moet een lijst met minstens één vraag zijn");
        }
        List<Question> questions = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            questions.add(question(file, phase, mapping(file, item)));
        }
        checkGoalLoop(file, phase, sequence, questions);
        return new PhaseScript(phase, intro, List.copyOf(questions));
    }

    private static Question question(Path file, Phase phase, MappingNode node) {
        Map<String, Node> fields = entries(file, node, QUESTION_KEYS);
        Node fieldNode = required(file, node, fields, "veld");
        String key = scalar(file, fieldNode);
        PopField field = PopField.of(key).orElseThrow(() -> new PromptFileException(file, line(fieldNode),
                "onbekend veld '" + key + "'; zie prompts/README.md voor de velden"));
        if (field.phase() != phase) {
            throw new PromptFileException(file, line(fieldNode), "veld '" + key + "' hoort in fase " + field.phase());
        }
        Set<String> allowed = new HashSet<>(PERSON_PLACEHOLDERS);
        if (field.perGoal() && field != PopField.DOEL_BESCHRIJVING) {
            allowed.add("doel");
        }
        String alone = checkedText(file, required(file, node, fields, "vraag"), allowed);
        String together = fields.containsKey("gesprek") ? checkedText(file, fields.get("gesprek"), allowed) : alone;
        String byLeader = checkedText(file, required(file, node, fields, "leider"), allowed);
        boolean toManager = false;
        if (fields.containsKey("aan")) {
            String to = scalar(file, fields.get("aan"));
            if (!PERSON_PLACEHOLDERS.contains(to)) {
                throw new PromptFileException(file, line(fields.get("aan")), "'aan' moet medewerker of leidinggevende"
                        + " zijn, niet '" + to + "'");
            }
            toManager = to.equals("leidinggevende");
        }
        String tip = fields.containsKey("tip") ? scalar(file, fields.get("tip")) : null;
        String explanation = fields.containsKey("uitleg") ? checkedText(file, fields.get("uitleg"), allowed) : null;
        String smaller = fields.containsKey("doorvraag") ? checkedText(file, fields.get("doorvraag"), allowed) : null;
        return new Question(field, alone, together, byLeader, toManager, tip, explanation, smaller);
    }

    /** Goal questions form one block, from doel.beschrijving to doel.nog_een, that Koers repeats per goal. */
    private static void checkGoalLoop(Path file, Phase phase, SequenceNode sequence, List<Question> questions) {
        List<Integer> goalPositions = new ArrayList<>();
        Set<PopField> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            PopField field = questions.get(i).field();
            if (!seen.add(field)) {
                throw new PromptFileException(file, line(sequence.getValue().get(i)), "veld '" + field.key()
                        + "' wordt twee keer gevraagd");
            }
            if (field.perGoal()) {
                goalPositions.add(i);
            }
        }
        if (goalPositions.isEmpty()) {
            return;
        }
        int first = goalPositions.getFirst();
        int last = goalPositions.getLast();
        boolean contiguous = last - first + 1 == goalPositions.size();
        if (questions.get(first).field() != PopField.DOEL_BESCHRIJVING || questions.get(last).field() != PopField.DOEL_NOG_EEN
                || !contiguous) {
            throw new PromptFileException(file, line(sequence.getValue().get(first)), "de doel-vragen moeten één blok"
                    + " vormen dat begint met doel.beschrijving en eindigt met doel.nog_een");
        }
    }

    private static List<Signal> signals(Path file, MappingNode root) {
        Node list = required(file, root, entries(file, root, Set.of("signalen")), "signalen");
        if (!(list instanceof SequenceNode sequence)) {
            throw new PromptFileException(file, line(list), "'signalen' moet een lijst zijn");
        }
        List<Signal> signals = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : sequence.getValue()) {
            MappingNode node = mapping(file, item);
            Map<String, Node> fields = entries(file, node, SIGNAL_KEYS);
            Node nameNode = required(file, node, fields, "naam");
            String name = scalar(file, nameNode);
            if (!names.add(name)) {
                throw new PromptFileException(file, line(nameNode), "signaal '" + name + "' staat er twee keer in");
            }
            Node wordsNode = required(file, node, fields, "woorden");
            if (!(wordsNode instanceof SequenceNode words) || words.getValue().isEmpty()) {
                throw new PromptFileException(file, line(wordsNode), "'woorden' moet een lijst met minstens één woord zijn");
            }
            Node fieldNode = required(file, node, fields, "veld");
            String key = scalar(file, fieldNode);
            PopField field = PopField.of(key).filter(f -> f.kind() == PopField.Kind.TEXT && f.phase() != Phase.AFSPRAKEN)
                    .orElseThrow(() -> new PromptFileException(file, line(fieldNode), "veld '" + key + "' kan geen"
                            + " antwoord op een signaal bewaren; kies een tekstveld uit fase 1 of 2"));
            String alone = checkedText(file, required(file, node, fields, "vraag"), PERSON_PLACEHOLDERS);
            String together = fields.containsKey("gesprek") ? checkedText(file, fields.get("gesprek"), PERSON_PLACEHOLDERS)
                    : alone;
            String tip = fields.containsKey("tip") ? scalar(file, fields.get("tip")) : null;
            boolean answers = false;
            if (fields.containsKey("beantwoordt_vraag")) {
                String yes = scalar(file, fields.get("beantwoordt_vraag"));
                if (!yes.equals("ja") && !yes.equals("nee")) {
                    throw new PromptFileException(file, line(fields.get("beantwoordt_vraag")),
                            "'beantwoordt_vraag' is ja of nee, niet '" + yes + "'");
                }
                answers = yes.equals("ja");
            }
            signals.add(new Signal(name, words.getValue().stream().map(word -> scalar(file, word)).toList(), alone,
                    together, field, tip, answers));
        }
        return List.copyOf(signals);
    }

    private static GuidedTexts texts(Path file, MappingNode root) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> funding = new ArrayList<>();
        flatten(file, "", root, texts, lines, funding);
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            List<String> allowed = GuidedTexts.REQUIRED.get(entry.getKey());
            if (allowed == null) {
                throw new PromptFileException(file, lines.get(entry.getKey()), "onbekende sleutel '" + entry.getKey() + "'");
            }
            checkPlaceholders(file, lines.get(entry.getKey()), entry.getValue(), Set.copyOf(allowed));
        }
        for (String key : GuidedTexts.REQUIRED.keySet()) {
            if (!texts.containsKey(key)) {
                throw new PromptFileException(file, 0, "sleutel '" + key + "' ontbreekt");
            }
        }
        if (funding.isEmpty()) {
            throw new PromptFileException(file, 0, "'financiering' ontbreekt of is leeg");
        }
        return new GuidedTexts(Map.copyOf(texts), List.copyOf(funding));
    }

    private static void flatten(Path file, String prefix, MappingNode node, Map<String, String> texts,
            Map<String, Integer> lines, List<String> funding) {
        for (NodeTuple tuple : node.getValue()) {
            String key = prefix + scalar(file, tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (key.equals("financiering")) {
                if (!(value instanceof SequenceNode sequence)) {
                    throw new PromptFileException(file, line(value), "'financiering' moet een lijst zijn");
                }
                sequence.getValue().forEach(item -> funding.add(checkedText(file, item, Set.of())));
            } else if (value instanceof MappingNode nested) {
                flatten(file, key + ".", nested, texts, lines, funding);
            } else {
                texts.put(key, scalar(file, value));
                lines.put(key, line(tuple.getKeyNode()));
            }
        }
    }

    private static String checkedText(Path file, Node node, Set<String> allowed) {
        String text = scalar(file, node);
        if (text.isBlank()) {
            throw new PromptFileException(file, line(node), "tekst is leeg");
        }
        checkPlaceholders(file, line(node), text, allowed);
        return text;
    }

    private static void checkPlaceholders(Path file, int line, String text, Set<String> allowed) {
        for (String placeholder : Placeholders.in(text)) {
            if (!allowed.contains(placeholder)) {
                throw new PromptFileException(file, line, "onbekende placeholder {" + placeholder + "}"
                        + (allowed.isEmpty() ? "" : "; hier mogelijk: " + allowed.stream().sorted().map(p -> "{" + p + "}").toList()));
            }
        }
    }

    static Node compose(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PromptFileException(file, 0, "het bestand ontbreekt");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (node == null) {
                throw new PromptFileException(file, 0, "het bestand is leeg");
            }
            return node;
        } catch (MarkedYAMLException invalid) {
            int line = invalid.getProblemMark() == null ? 0 : invalid.getProblemMark().getLine() + 1;
            throw new PromptFileException(file, line, "geen geldige YAML: " + invalid.getProblem());
        } catch (YAMLException | IOException unreadable) {
            throw new PromptFileException(file, 0, "kan niet gelezen worden: " + unreadable.getMessage());
        }
    }

    static MappingNode mapping(Path file, Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new PromptFileException(file, line(node), "hier worden velden verwacht (naam: waarde)");
    }

    static Map<String, Node> entries(Path file, MappingNode node, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = scalar(file, tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw new PromptFileException(file, line(tuple.getKeyNode()), "onbekende sleutel '" + key
                        + "'; mogelijk: " + allowed.stream().sorted().toList());
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    static Node required(Path file, Node parent, Map<String, Node> entries, String key) {
        Node node = entries.get(key);
        if (node == null) {
            throw new PromptFileException(file, line(parent), "'" + key + "' ontbreekt");
        }
        return node;
    }

    static String scalar(Path file, Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        throw new PromptFileException(file, line(node), "hier wordt een tekst verwacht");
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
