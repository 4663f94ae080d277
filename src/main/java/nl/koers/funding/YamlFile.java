package nl.koers.funding;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
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
 * One YAML file read as nodes, so that every complaint about it can name its line: fields, lists, texts, years and
 * dates, each refused with a {@link FundingFileException} when it is not what the file should hold there.
 */
final class YamlFile {

    private final Path file;

    YamlFile(Path file) {
        this.file = file;
    }

    int year(Node node) {
        String text = scalar(node);
        if (!text.matches("20\\d\\d")) {
            throw problem(node, "'" + text + "' is geen jaar");
        }
        return Integer.parseInt(text);
    }

    LocalDate date(Node node) {
        try {
            return LocalDate.parse(scalar(node));
        } catch (DateTimeParseException notADate) {
            throw problem(node, "'" + scalar(node) + "' is geen datum (schrijf 2025-06-02)");
        }
    }

    <T> List<T> list(Node node, Function<Node, T> item) {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem(node, "hier wordt een lijst verwacht");
        }
        List<T> items = new ArrayList<>();
        sequence.getValue().forEach(element -> items.add(item.apply(element)));
        return items;
    }

    /** The file as YAML nodes, which know their lines. */
    Node compose() {
        if (!Files.isRegularFile(file)) {
            throw new FundingFileException(file, 0, "het bestand ontbreekt");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (node == null) {
                throw new FundingFileException(file, 0, "het bestand is leeg");
            }
            return node;
        } catch (MarkedYAMLException invalid) {
            int line = invalid.getProblemMark() == null ? 0 : invalid.getProblemMark().getLine() + 1;
            throw new FundingFileException(file, line, "geen geldige YAML: " + invalid.getProblem());
        } catch (YAMLException | IOException unreadable) {
            throw new FundingFileException(file, 0, "kan niet gelezen worden: " + unreadable.getMessage());
        }
    }

    MappingNode mapping(Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw problem(node, "hier worden velden verwacht (naam: waarde)");
    }

    /** The fields of a mapping by name; with {@code allowed}, any other name is refused. */
    Map<String, Node> entries(MappingNode node, @Nullable Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "onbekende sleutel '" + key + "'; mogelijk: "
                        + allowed.stream().sorted().toList());
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "'" + key + "' staat er twee keer");
            }
        }
        return entries;
    }

    Node required(Node parent, Map<String, Node> entries, String key) {
        Node value = entries.get(key);
        if (value == null) {
            throw problem(parent, "'" + key + "' ontbreekt");
        }
        return value;
    }

    String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        throw problem(node, "hier wordt een tekst verwacht");
    }

    FundingFileException problem(@Nullable Node node, String problem) {
        return new FundingFileException(file, node == null ? 0 : node.getStartMark().getLine() + 1, problem);
    }
}
