package org.ilo.helpdesk.ssg.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML as a node tree rather than as Java objects, so that every value keeps the line and
 * column it came from and a wrong value can be reported where the editor wrote it.
 *
 * @param file       the file the YAML came from
 * @param lineOffset lines before the YAML text in that file (the opening front matter fence)
 */
public record YamlTree(Path file, int lineOffset) {

    /** One key of a mapping, with the node of its value. */
    public record Entry(String key, SourcePosition keyPosition, Node value) {
    }

    /**
     * Parses {@code text}; an empty text is an empty mapping. Syntax errors and a root that is not a
     * mapping are reported to {@code diagnostics} and give an empty result.
     */
    public Optional<List<Entry>> parseMapping(String text, Diagnostics diagnostics, String code) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            // what Yaml.compose does, without building the object constructor and representer a tree does not need
            root = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != mark) {
                SourcePosition context = position(e.getContextMark());
                problem += ", " + e.getContext() + " that starts at line " + context.line() + ", column " + context.column();
            }
            diagnostics.error(code, position(mark), "invalid YAML: " + problem,
                    "check indentation, quote values that contain ':' or start with a special character");
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(code, new SourcePosition(file, lineOffset + 1, 1), "invalid YAML: " + e.getMessage(),
                    "check the YAML syntax");
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(List.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(code, position(root), "expected a mapping of keys to values",
                    "write one 'key: value' per line");
            return Optional.empty();
        }
        return Optional.of(entries(mapping, diagnostics, code));
    }

    public List<Entry> entries(MappingNode mapping, Diagnostics diagnostics, String code) {
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.add(new Entry(key.getValue(), position(key), tuple.getValueNode()));
            } else {
                diagnostics.error(code, position(tuple.getKeyNode()), "keys must be plain words", "write 'key: value'");
            }
        }
        return entries;
    }

    public SourcePosition position(Node node) {
        return position(node.getStartMark());
    }

    public SourcePosition position(Mark mark) {
        if (mark == null) {
            return new SourcePosition(file, lineOffset + 1, 1);
        }
        return new SourcePosition(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The text of a scalar, or empty when the node is a list or mapping. */
    public static Optional<String> scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        return Optional.empty();
    }

    /** The scalar items of a sequence, or empty when the node is not a sequence of scalars. */
    public static Optional<List<ScalarNode>> scalarList(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            return Optional.empty();
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                return Optional.empty();
            }
            items.add(scalar);
        }
        return Optional.of(items);
    }

    /** True for YAML's null: {@code ~}, {@code null} or nothing. */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && scalar.getTag().getValue().endsWith(":null");
    }

    public static String kind(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "a single value";
            case sequence -> "a list";
            case mapping -> "a mapping";
            case anchor -> "an alias";
        };
    }
}
