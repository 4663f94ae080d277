package nl.koers.funding;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import nl.koers.funding.SchemeBook.Fact;
import nl.koers.funding.SchemeBook.Fund;
import nl.koers.funding.SchemeBook.Text;

/**
 * Reads {@code <prompts>/financiering/regelingen.yml} when Koers starts, and refuses a file it cannot trust: a missing
 * scheme, fact or situation, an unknown key, a placeholder no value exists for, a page that is no plain https address,
 * or a period that ends before it starts. Each refusal names the file and the line.
 */
final class SchemeBookLoader {

    static final String FILE = "financiering/regelingen.yml";

    /** Every sentence of {@code algemeen} and the placeholders it may use. */
    static final Map<String, Set<String>> GENERAL = Map.ofEntries(Map.entry("past", Set.of()),
            Map.entry("past-misschien", Set.of()), Map.entry("past-niet", Set.of()), Map.entry("jaar", Set.of("jaar")),
            Map.entry("zonder-jaar", Set.of()), Map.entry("tijdvak", Set.of("van", "tot")),
            Map.entry("tijdvak-verwacht", Set.of("van", "tot")), Map.entry("tijdvak-onbekend", Set.of()),
            Map.entry("alleen-tijd", Set.of()), Map.entry("alleen-tijd-uren", Set.of("uren")),
            Map.entry("kennisbank", Set.of("artikel")), Map.entry("slot", Set.of()));

    private static final Set<String> SCHEME_KEYS = Set.of("naam", "pagina", "artikelen", "jaar", "feiten", "tijdvakken",
            "jaarlijks", "sectoren", "fondsen", "teksten");
    private static final Set<String> KINDS = Set.of("euro", "procent", "aantal", "datum");
    /** How a number is written per kind: "2.700" would be read as 2,7 and is refused; cents and tenths may be given. */
    private static final Map<String, Pattern> NUMBER = Map.of("euro", Pattern.compile("\\d+(\\.\\d{1,2})?"),
            "procent", Pattern.compile("\\d+(\\.\\d)?"), "aantal", Pattern.compile("\\d+"));
    /** An https address of plain characters: it is written into Markdown and HTML as it stands. */
    private static final Pattern PAGE = Pattern.compile("https://[A-Za-z0-9.-]+(/[A-Za-z0-9._~%/?#=&:+-]*)?");
    private static final Pattern ARTICLE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.md");

    private final YamlFile yaml;

    private SchemeBookLoader(YamlFile yaml) {
        this.yaml = yaml;
    }

    static SchemeBook load(Path promptsDir) {
        var yaml = new YamlFile(promptsDir.resolve(FILE));
        return new SchemeBookLoader(yaml).book(yaml.mapping(yaml.compose()));
    }

    private SchemeBook book(MappingNode root) {
        Map<String, Node> top = yaml.entries(root, Set.of("regelingen", "algemeen"));
        MappingNode schemesNode = yaml.mapping(yaml.required(root, top, "regelingen"));
        Map<String, Node> named = yaml.entries(schemesNode, null);
        Map<Scheme, SchemeBook.Entry> schemes = new EnumMap<>(Scheme.class);
        for (var tuple : schemesNode.getValue()) {
            String name = yaml.scalar(tuple.getKeyNode());
            Scheme scheme = Arrays.stream(Scheme.values()).filter(value -> value.name().equals(name))
                    .findFirst().orElseThrow(() -> yaml.problem(tuple.getKeyNode(), "onbekende regeling '" + name
                            + "'; mogelijk: " + List.of(Scheme.values())));
            schemes.put(scheme, entry(scheme, yaml.mapping(named.get(name))));
        }
        for (Scheme scheme : Scheme.values()) {
            if (!schemes.containsKey(scheme)) {
                throw yaml.problem(schemesNode, "de regeling " + scheme + " ontbreekt");
            }
        }
        MappingNode generalNode = yaml.mapping(yaml.required(root, top, "algemeen"));
        Map<String, Node> generalNodes = yaml.entries(generalNode, GENERAL.keySet());
        Map<String, String> general = new HashMap<>();
        for (var sentence : GENERAL.entrySet()) {
            general.put(sentence.getKey(), text(yaml.required(generalNode, generalNodes, sentence.getKey()),
                    sentence.getValue()));
        }
        return new SchemeBook(schemes, general);
    }

    private SchemeBook.Entry entry(Scheme scheme, MappingNode node) {
        Map<String, Node> fields = yaml.entries(node, SCHEME_KEYS);
        String name = yaml.scalar(yaml.required(node, fields, "naam"));
        String page = fields.containsKey("pagina") ? page(fields.get("pagina")) : null;
        List<String> articles = yaml.list(yaml.required(node, fields, "artikelen"), this::article);
        if (articles.isEmpty()) {
            throw yaml.problem(fields.get("artikelen"), "noem minstens één artikel");
        }
        Integer year = fields.containsKey("jaar") ? yaml.year(fields.get("jaar")) : null;
        Map<String, Fact> facts = new HashMap<>();
        if (fields.containsKey("feiten")) {
            yaml.entries(yaml.mapping(fields.get("feiten")), null).forEach((key, value) -> facts.put(key, fact(value)));
        }
        for (String fact : scheme.facts()) {
            if (!facts.containsKey(fact)) {
                throw yaml.problem(fields.getOrDefault("feiten", node), scheme + " mist het feit '" + fact + "'");
            }
        }
        List<ApplicationWindow> windows = fields.containsKey("tijdvakken") ? yaml.list(fields.get("tijdvakken"), this::window)
                : null;
        Integer yearly = fields.containsKey("jaarlijks") ? yaml.year(fields.get("jaarlijks")) : null;
        if (yearly != null && (windows == null || windows.isEmpty())) {
            throw yaml.problem(fields.get("jaarlijks"), "'jaarlijks' herhaalt het laatste tijdvak: noem er minstens één");
        }
        List<String> sectors = fields.containsKey("sectoren") ? yaml.list(fields.get("sectoren"), this::sector) : List.of();
        List<Fund> funds = fields.containsKey("fondsen") ? yaml.list(fields.get("fondsen"), this::fund) : List.of();
        MappingNode textsNode = yaml.mapping(yaml.required(node, fields, "teksten"));
        Map<String, Node> textNodes = yaml.entries(textsNode, scheme.texts().keySet());
        Map<String, Text> texts = new HashMap<>();
        for (var situation : scheme.texts().entrySet()) {
            Set<String> allowed = new HashSet<>(situation.getValue());
            allowed.addAll(facts.keySet());
            texts.put(situation.getKey(), text(yaml.mapping(yaml.required(textsNode, textNodes, situation.getKey())), allowed));
        }
        return new SchemeBook.Entry(name, page, articles, year, facts, windows, yearly, sectors, funds, texts);
    }

    private Fact fact(Node node) {
        Map<String, Node> fields = yaml.entries(yaml.mapping(node), Set.of("euro", "procent", "aantal", "datum", "jaar",
                "artikel"));
        List<String> kinds = fields.keySet().stream().filter(KINDS::contains).toList();
        if (kinds.size() != 1) {
            throw yaml.problem(node, "een feit heeft precies één waarde: euro, procent, aantal of datum");
        }
        String kind = kinds.getFirst();
        Node value = fields.get(kind);
        int year = yaml.year(yaml.required(node, fields, "jaar"));
        String article = article(yaml.required(node, fields, "artikel"));
        if (kind.equals("datum")) {
            return new Fact(Fact.Kind.DATUM, null, yaml.date(value), year, article);
        }
        String written = yaml.scalar(value);
        if (!NUMBER.get(kind).matcher(written).matches()) {
            throw yaml.problem(value, "'" + written + "' is geen getal zoals dit bestand het schrijft: "
                    + (kind.equals("aantal") ? "een heel getal" : "cijfers met hoogstens een punt voor de decimalen")
                    + " (2700, niet 2.700)");
        }
        BigDecimal number = new BigDecimal(written);
        if (number.signum() <= 0) {
            throw yaml.problem(value, "een " + kind + " is groter dan nul");
        }
        return new Fact(Fact.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), number, null, year, article);
    }

    private Text text(MappingNode node, Set<String> allowed) {
        Map<String, Node> fields = yaml.entries(node, Set.of("zin", "voorwaarde", "jaar"));
        String statement = text(yaml.required(node, fields, "zin"), allowed);
        String condition = fields.containsKey("voorwaarde") ? text(fields.get("voorwaarde"), allowed) : null;
        Integer year = fields.containsKey("jaar") ? yaml.year(fields.get("jaar")) : null;
        return new Text(statement, condition, year);
    }

    private String text(Node node, Set<String> allowed) {
        String text = yaml.scalar(node);
        if (text.isEmpty()) {
            throw yaml.problem(node, "de tekst is leeg");
        }
        for (String placeholder : SchemeBook.placeholders(text)) {
            if (!allowed.contains(placeholder)) {
                throw yaml.problem(node, "{" + placeholder + "} kan hier niet; mogelijk: "
                        + allowed.stream().sorted().map(name -> "{" + name + "}").toList());
            }
        }
        return text;
    }

    private ApplicationWindow window(Node node) {
        Map<String, Node> fields = yaml.entries(yaml.mapping(node), Set.of("van", "tot"));
        LocalDate from = yaml.date(yaml.required(node, fields, "van"));
        LocalDate to = yaml.date(yaml.required(node, fields, "tot"));
        if (to.isBefore(from)) {
            throw yaml.problem(node, "het tijdvak eindigt (" + to + ") voor het begint (" + from + ")");
        }
        return new ApplicationWindow(from, to, false);
    }

    private Fund fund(Node node) {
        Map<String, Node> fields = yaml.entries(yaml.mapping(node), Set.of("sectoren", "fonds"));
        List<String> sectors = yaml.list(yaml.required(node, fields, "sectoren"), this::sector);
        return new Fund(sectors, fields.containsKey("fonds") ? yaml.scalar(fields.get("fonds")) : null);
    }

    private String sector(Node node) {
        String sector = yaml.scalar(node).toLowerCase(SchemeBook.DUTCH);
        if (sector.isEmpty()) {
            throw yaml.problem(node, "een lege sector");
        }
        return sector;
    }

    private String page(Node node) {
        String page = yaml.scalar(node);
        if (!PAGE.matcher(page).matches()) {
            throw yaml.problem(node, "'" + page + "' is geen https-adres van gewone tekens");
        }
        return page;
    }

    private String article(Node node) {
        String article = yaml.scalar(node);
        if (!ARTICLE.matcher(article).matches()) {
            throw yaml.problem(node, "'" + article + "' is geen pad van een artikel onder knowledge/ (map/naam.md)");
        }
        return article;
    }

}
