package org.eigrules.reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one reading layer: bytes to a tree of values, JSON or YAML, within {@link ReadingLimits}.
 * Decoding is strict UTF-8 (a bad byte is reported with its offset and line, never replaced);
 * duplicate keys, several documents and YAML tags are refused; YAML aliases are expanded as YAML
 * means (an alias stands for a copy of its anchor, mappings and lists included), counting the
 * expanded values so that alias bombs are refused. Plain YAML scalars follow the YAML 1.2 core
 * schema, except that numbers with a leading zero ({@code 015}, which YAML 1.1 readers take as
 * octal) are refused rather than guessed. Thread-safe; no state.
 */
public final class DocumentReader {

    /** The two syntaxes. */
    public enum Syntax { JSON, YAML }

    /**
     * A document read: its root value and the line of each path (YAML only; empty for JSON).
     */
    public record Document(JsonNode root, Map<String, Integer> lines) {
        /** The line of a path, from 1; 0 when unknown. */
        public int line(String path) {
            return lines.getOrDefault(path, 0);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(ReadingLimits.MAX_DOCUMENT_BYTES)
                    .maxStringLength(ReadingLimits.MAX_STRING_CHARS)
                    .maxNameLength(ReadingLimits.MAX_NAME_CHARS)
                    .maxNestingDepth(ReadingLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(ReadingLimits.MAX_NUMBER_CHARS)
                    .build())
            .build();

    private static final Pattern YAML_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern YAML_LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+|[-+]?0[oOxXbB][0-9a-fA-F_]*");
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern YAML_SPECIAL = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private DocumentReader() {
    }

    /**
     * Reads at most {@link ReadingLimits#MAX_DOCUMENT_BYTES} bytes from a stream; a longer input
     * is refused after reading one byte more, never held whole.
     */
    public static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(ReadingLimits.MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > ReadingLimits.MAX_DOCUMENT_BYTES) {
            throw new ReadingException("", 0, "too-large", ReadingLimits.MAX_DOCUMENT_BYTES);
        }
        return bytes;
    }

    /** Strict UTF-8: a malformed or truncated sequence is refused with its byte offset and line. A leading BOM is dropped. */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** As {@link #decode(byte[])}, for part of an array. */
    public static String decode(byte[] bytes, int offset, int length) {
        int start = offset;
        if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, offset + length - start);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ReadingException(InputText.violation("", "not-utf8", bad - offset, line), line, bad - offset);
        }
        out.flip();
        return out.toString();
    }

    /** Reads one document from text. */
    public static Document parse(String text, Syntax syntax) {
        return syntax == Syntax.JSON ? json(text) : new YamlTree(text).read();
    }

    /** Reads one document from bytes: bounded, strictly decoded, then parsed. */
    public static Document parse(byte[] bytes, Syntax syntax) {
        if (bytes.length > ReadingLimits.MAX_DOCUMENT_BYTES) {
            throw new ReadingException("", 0, "too-large", ReadingLimits.MAX_DOCUMENT_BYTES);
        }
        return parse(decode(bytes), syntax);
    }

    // ---------------------------------------------------------------- JSON

    private static Document json(String text) {
        if (text.length() > ReadingLimits.MAX_DOCUMENT_BYTES) {
            throw new ReadingException("", 0, "too-large", ReadingLimits.MAX_DOCUMENT_BYTES);
        }
        JsonParser parser;
        try {
            parser = JSON.createParser(text);
        } catch (IOException e) {
            throw new IllegalStateException(e); // reading a String cannot fail for input/output reasons
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ReadingException("", 0, "no-document");
            }
            int[] values = {0};
            JsonNode root = jsonValue(parser, first, values);
            JsonToken next = parser.nextToken();
            if (next != null) {
                throw new ReadingException("", parser.currentTokenLocation().getLineNr(), "several-documents",
                        parser.currentTokenLocation().getLineNr());
            }
            return new Document(root, Map.of());
        } catch (StreamConstraintsException e) {
            throw limit(e, path(parser.getParsingContext()));
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            throw new ReadingException("", line(at), "json-ends", line(at), column(at));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ReadingException("", line(at), "json-syntax", line(at), column(at), near(text, line(at), column(at)));
        } catch (IOException e) {
            // Reading a String cannot fail for input/output reasons.
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode jsonValue(JsonParser p, JsonToken token, int[] values) throws IOException {
        if (++values[0] > ReadingLimits.MAX_VALUES) {
            throw new ReadingException(path(p.getParsingContext()), line(p.currentTokenLocation()),
                    "too-many-values", ReadingLimits.MAX_VALUES);
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        throw new ReadingException(path(p.getParsingContext()), line(p.currentTokenLocation()),
                                "duplicate-key-json");
                    }
                    object.set(name, jsonValue(p, p.nextToken(), values));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(jsonValue(p, t, values));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return integer(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                BigDecimal value;
                try {
                    value = p.getDecimalValue();
                } catch (NumberFormatException | JsonProcessingException e) {
                    value = null; // an exponent past what a number can hold: 1e-2147483648
                }
                return NODES.numberNode(inRange(value, p.getText(), path(p.getParsingContext()),
                        line(p.currentTokenLocation())));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new ReadingException(path(p.getParsingContext()), line(p.currentTokenLocation()),
                    "json-syntax", line(p.currentTokenLocation()), column(p.currentTokenLocation()), "?");
        }
    }

    /**
     * A number written with an exponent, refused unless it could be written out in
     * {@link ReadingLimits#MAX_NUMBER_CHARS} digits before and after the point: {@code 1e2147483647}
     * is short to write but would take gigabytes to print or compare exactly.
     */
    private static BigDecimal inRange(BigDecimal value, String written, String path, int line) {
        if (value == null || value.scale() > ReadingLimits.MAX_NUMBER_CHARS
                || (long) value.precision() - value.scale() > ReadingLimits.MAX_NUMBER_CHARS) {
            throw new ReadingException(path, line, "number-out-of-range", InputText.escaped(written),
                    ReadingLimits.MAX_NUMBER_CHARS);
        }
        return value;
    }

    private static JsonNode integer(BigInteger value) {
        if (value.bitLength() < 32) {
            return NODES.numberNode(value.intValue());
        }
        if (value.bitLength() < 64) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }

    private static ReadingException limit(StreamConstraintsException e, String path) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        if (message.contains("String value length")) {
            return new ReadingException(path, line(at), "string-too-long", ReadingLimits.MAX_STRING_CHARS);
        }
        if (message.contains("Number value length")) {
            return new ReadingException(path, line(at), "number-too-long", ReadingLimits.MAX_NUMBER_CHARS);
        }
        if (message.contains("nesting depth")) {
            return new ReadingException(path, line(at), "too-deep", ReadingLimits.MAX_NESTING_DEPTH);
        }
        if (message.contains("Name length")) {
            return new ReadingException(path, line(at), "name-too-long", ReadingLimits.MAX_NAME_CHARS);
        }
        return new ReadingException("", line(at), "too-large", ReadingLimits.MAX_DOCUMENT_BYTES);
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }

    /** A few characters of the text from a line and column, shown escaped; "the end" past it. */
    static Object near(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start >= 0) {
            start = Math.min(text.length(), start + Math.max(column - 1, 0));
        }
        if (start < 0 || start >= text.length()) {
            return InputText.of("found.end");
        }
        int end = Math.min(text.length(), start + 20);
        int newline = text.indexOf('\n', start);
        if (newline >= 0 && newline < end) {
            end = newline;
        }
        return InputText.shown(text.substring(start, end));
    }

    /** The contract's path of the value the parser is on: {@code eigs[1].profile}. */
    static String path(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        parts.forEach(out::append);
        return out.length() > 0 && out.charAt(0) == '.' ? out.substring(1) : out.toString();
    }

    /** Joins a path and a field name as the contract writes paths. */
    public static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    // ---------------------------------------------------------------- YAML

    /** One YAML document's worth of reading: events to a tree, aliases expanded and counted. */
    private static final class YamlTree {
        private final String text;
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Map<String, Integer> anchorSizes = new HashMap<>();
        private final Map<String, Integer> lines = new HashMap<>();
        private Iterator<Event> events;
        private int values;
        private int aliases;

        YamlTree(String text) {
            this.text = text;
        }

        Document read() {
            if (text.length() > ReadingLimits.MAX_DOCUMENT_BYTES) {
                throw new ReadingException("", 0, "too-large", ReadingLimits.MAX_DOCUMENT_BYTES);
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(ReadingLimits.MAX_ALIASES);
            options.setNestingDepthLimit(ReadingLimits.MAX_NESTING_DEPTH);
            options.setCodePointLimit(ReadingLimits.MAX_DOCUMENT_BYTES);
            options.setProcessComments(false);
            options.setAllowRecursiveKeys(false);
            try {
                events = new Yaml(options).parse(new StringReader(text)).iterator();
                JsonNode root = null;
                boolean document = false;
                while (events.hasNext()) {
                    Event event = events.next();
                    switch (event.getEventId()) {
                        case DocumentStart -> {
                            if (document) {
                                throw new ReadingException("", line(event.getStartMark()), "several-documents",
                                        line(event.getStartMark()));
                            }
                            document = true;
                            root = node(events.next(), "", 1);
                        }
                        default -> {
                            // stream start and end, document end
                        }
                    }
                }
                if (root == null || root.isNull()) {
                    throw new ReadingException("", 0, "no-document");
                }
                return new Document(root, Map.copyOf(lines));
            } catch (MarkedYAMLException e) {
                Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                if (e.getContextMark() != null && (at == null || at.getIndex() >= text.length())) {
                    at = e.getContextMark(); // "ends too early": where the unfinished thing began says more
                }
                int line = at == null ? 0 : at.getLine() + 1;
                int column = at == null ? 0 : at.getColumn() + 1;
                throw new ReadingException("", line, yamlCause(e), line, column, near(text, line, column));
            } catch (YAMLException e) {
                throw new ReadingException("", 0, "yaml-syntax", 0, 0, InputText.of("found.end"));
            }
        }

        /**
         * The message for what SnakeYAML found, in the words of a file's author: the causes people
         * meet most have their own message, anything else the general one. SnakeYAML's own text
         * is matched, never shown (it is English and names its internals).
         */
        private static String yamlCause(MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem());
            String context = String.valueOf(e.getContext());
            if (problem.contains("(TAB)")) {
                return "yaml-tab";
            }
            if (context.contains("quoted scalar") && problem.contains("end of stream")) {
                return "yaml-unclosed-quote";
            }
            if (problem.contains("mapping values are not allowed here")) {
                return "yaml-colon";
            }
            return "yaml-syntax";
        }

        private JsonNode node(Event event, String path, int depth) {
            int line = line(event.getStartMark());
            lines.putIfAbsent(path, line);
            if (depth > ReadingLimits.MAX_NESTING_DEPTH) {
                throw new ReadingException(path, line, "too-deep", ReadingLimits.MAX_NESTING_DEPTH);
            }
            if (event instanceof AliasEvent alias) {
                JsonNode target = anchors.get(alias.getAnchor());
                if (target == null) {
                    throw new ReadingException(path, line, "yaml-unknown-alias", InputText.escaped(alias.getAnchor()));
                }
                if (++aliases > ReadingLimits.MAX_ALIASES) {
                    throw new ReadingException(path, line, "too-many-aliases", ReadingLimits.MAX_ALIASES);
                }
                count(anchorSizes.get(alias.getAnchor()), path, line);
                return target;
            }
            int before = values;
            count(1, path, line);
            JsonNode node;
            if (event instanceof ScalarEvent scalar) {
                tag(scalar.getTag(), path, line);
                node = scalar(scalar, path, line);
            } else if (event instanceof MappingStartEvent mapping) {
                tag(mapping.getTag(), path, line);
                node = mapping(path, depth, line);
            } else if (event instanceof SequenceStartEvent sequence) {
                tag(sequence.getTag(), path, line);
                node = sequence(path, depth);
            } else {
                throw new ReadingException(path, line, "yaml-syntax", line, 0, "\"\"");
            }
            String anchor = event instanceof NodeEvent n ? n.getAnchor() : null;
            if (anchor != null) {
                anchors.put(anchor, node);
                anchorSizes.put(anchor, values - before);
            }
            return node;
        }

        private void count(int n, String path, int line) {
            values += n;
            if (values > ReadingLimits.MAX_VALUES) {
                throw new ReadingException(path, line, "too-many-values", ReadingLimits.MAX_VALUES);
            }
        }

        private ObjectNode mapping(String path, int depth, int line) {
            ObjectNode object = NODES.objectNode();
            Map<String, Integer> keyLines = new HashMap<>();
            for (Event key = events.next(); !(key.is(Event.ID.MappingEnd)); key = events.next()) {
                int keyLine = line(key.getStartMark());
                if (!(key instanceof ScalarEvent scalarKey)) {
                    throw new ReadingException(path, keyLine, "yaml-complex-key",
                            InputText.of(key instanceof CollectionStartEvent c && c.is(Event.ID.SequenceStart)
                                    ? "found.list" : "found.mapping"));
                }
                tag(scalarKey.getTag(), path, keyLine);
                String name = scalarKey.getValue();
                if (name.length() > ReadingLimits.MAX_NAME_CHARS) {
                    throw new ReadingException(path, keyLine, "name-too-long", ReadingLimits.MAX_NAME_CHARS);
                }
                String childPath = child(path, name);
                Integer first = keyLines.putIfAbsent(name, keyLine);
                if (first != null) {
                    throw new ReadingException(childPath, keyLine, "duplicate-key", first);
                }
                object.set(name, node(events.next(), childPath, depth + 1));
            }
            return object;
        }

        private ArrayNode sequence(String path, int depth) {
            ArrayNode array = NODES.arrayNode();
            for (Event item = events.next(); !(item.is(Event.ID.SequenceEnd)); item = events.next()) {
                array.add(node(item, path + "[" + array.size() + "]", depth + 1));
            }
            return array;
        }

        private JsonNode scalar(ScalarEvent scalar, String path, int line) {
            String value = scalar.getValue();
            if (value.length() > ReadingLimits.MAX_STRING_CHARS) {
                throw new ReadingException(path, line, "string-too-long", ReadingLimits.MAX_STRING_CHARS);
            }
            if (!scalar.isPlain()) {
                return NODES.textNode(value);
            }
            switch (value) {
                case "", "~", "null", "Null", "NULL" -> {
                    return NODES.nullNode();
                }
                case "true", "True", "TRUE" -> {
                    return NODES.booleanNode(true);
                }
                case "false", "False", "FALSE" -> {
                    return NODES.booleanNode(false);
                }
                default -> {
                    // not a keyword
                }
            }
            if (YAML_LEADING_ZERO.matcher(value).matches()) {
                throw new ReadingException(path, line, "yaml-leading-zero", InputText.escaped(value));
            }
            if (YAML_SPECIAL.matcher(value).matches()) {
                throw new ReadingException(path, line, "yaml-not-a-number", InputText.escaped(value));
            }
            boolean integer = YAML_INT.matcher(value).matches();
            if (integer || YAML_FLOAT.matcher(value).matches()) {
                if (value.length() > ReadingLimits.MAX_NUMBER_CHARS) {
                    throw new ReadingException(path, line, "number-too-long", ReadingLimits.MAX_NUMBER_CHARS);
                }
                String plain = value.startsWith("+") ? value.substring(1) : value;
                if (integer) {
                    return integer(new BigInteger(plain));
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(plain);
                } catch (NumberFormatException e) {
                    number = null; // an exponent past what a number can hold: 1e-2147483648
                }
                return NODES.numberNode(inRange(number, value, path, line));
            }
            return NODES.textNode(value);
        }

        private static void tag(String tag, String path, int line) {
            if (tag != null && !tag.equals("!")) {
                throw new ReadingException(path, line, "yaml-tag");
            }
        }

        private static int line(Mark mark) {
            return mark == null ? 0 : mark.getLine() + 1;
        }
    }
}
