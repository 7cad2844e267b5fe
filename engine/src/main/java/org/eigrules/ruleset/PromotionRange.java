package org.eigrules.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promotions a rule (or a field of the file) serves, as its policy file writes them:
 * {@code "3"}, {@code "3..4"}, {@code "5.."} or several such parts separated by commas
 * ({@code "2, 4.."}). An open range ({@code "5.."}) serves every later promotion that has a
 * parameter file, until a rule author closes it ({@code "5..6"}) beside the variant that replaces
 * it. Immutable.
 */
public final class PromotionRange {

    private static final Pattern PART = Pattern.compile("(\\d{1,3})(\\.\\.(\\d{1,3})?)?");

    private record Part(int from, Integer to) {
        boolean contains(int promotion) {
            return promotion >= from && (to == null || promotion <= to);
        }

        @Override
        public String toString() {
            return to == null ? from + ".." : to == from ? Integer.toString(from) : from + ".." + to;
        }
    }

    private final List<Part> parts;
    private final String written;

    private PromotionRange(List<Part> parts, String written) {
        this.parts = List.copyOf(parts);
        this.written = written;
    }

    /**
     * Reads a range as written.
     *
     * @throws IllegalArgumentException with a message that says what is expected and what was found
     */
    public static PromotionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(expected("nothing"));
        }
        List<Part> parts = new ArrayList<>();
        for (String piece : text.split(",", -1)) {
            Matcher m = PART.matcher(piece.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(expected("\"" + text.strip() + "\""));
            }
            int from = Integer.parseInt(m.group(1));
            Integer to = m.group(2) == null ? Integer.valueOf(from) : m.group(3) == null ? null : Integer.valueOf(m.group(3));
            if (from < 1 || to != null && to < from) {
                throw new IllegalArgumentException("promotions: a range goes from a promotion to a later one "
                        + "(promotions start at 1), found \"" + piece.strip() + "\"");
            }
            parts.add(new Part(from, to));
        }
        return new PromotionRange(merged(parts), text.strip());
    }

    /** The parts in order, those that overlap or touch made one: "3, 4, 5" and "3..5" are the same range. */
    private static List<Part> merged(List<Part> parts) {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort(java.util.Comparator.comparingInt(Part::from));
        List<Part> merged = new ArrayList<>();
        for (Part part : sorted) {
            Part last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.to() == null || part.from() <= last.to() + 1)) {
                Integer to = last.to() == null || part.to() == null ? null : Math.max(last.to(), part.to());
                merged.set(merged.size() - 1, new Part(last.from(), to));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }

    private static String expected(String found) {
        return "promotions: expected a promotion (\"3\"), a range (\"3..4\"), an open range (\"5..\") "
                + "or several separated by commas, found " + found;
    }

    /** Whether the range serves {@code promotion}. */
    public boolean contains(int promotion) {
        for (Part part : parts) {
            if (part.contains(promotion)) {
                return true;
            }
        }
        return false;
    }

    /** The promotions the range's closed parts name, each of them. */
    public java.util.SortedSet<Integer> named() {
        java.util.SortedSet<Integer> named = new java.util.TreeSet<>();
        for (Part part : parts) {
            for (int p = part.from(); p <= (part.to() == null ? part.from() : part.to()); p++) {
                named.add(p);
            }
        }
        return named;
    }

    /** Whether some part of the range is open: it serves every promotion from its start on. */
    public boolean isOpen() {
        return parts.stream().anyMatch(p -> p.to() == null);
    }

    /** The first promotion the range serves. */
    public int first() {
        return parts.stream().mapToInt(Part::from).min().orElseThrow();
    }

    /** The range as its rule writes it. */
    @Override
    public String toString() {
        return written;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PromotionRange range && range.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
