package org.eigrules.authoring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule in a rule folder may say, as data: every construct, type, method and attribute a
 * rule file may use. {@link RuleFileCheck} reads a rule file with Drools' own parsers and refuses
 * anything this list does not name; nothing of a folder is compiled or run before that check
 * passes. The built-in rules are held to the same list by a test.
 *
 * <p>A rule reads its facts and the promotion's parameters, compares and computes with numbers,
 * amounts, dates and texts, records outcomes through its global ({@code findings},
 * {@code placement}), and inserts, modifies or deletes facts of the listed types. It cannot name
 * any other class, so it cannot reach the process, files, the network, reflection or threads.
 */
final class RuleAllowList {

    private RuleAllowList() {
    }

    /**
     * The facts and parameters rules match and build: the application's model, the promotion's
     * parameters, the engine's own facts (recipients, refusals, the selection's walk), the
     * candidacy's model. A rule may import them, match them, read their accessors and create them.
     */
    static final List<Class<?>> FACT_TYPES = List.of(
            org.eigrules.model.Application.class, org.eigrules.model.Challenge.class,
            org.eigrules.model.Commitments.class, org.eigrules.model.Documents.class, org.eigrules.model.Eig.class,
            org.eigrules.model.ExperienceBand.class, org.eigrules.model.Funding.class,
            org.eigrules.model.FundingCarrier.class, org.eigrules.model.FundingMode.class,
            org.eigrules.model.HighLevelMentor.class, org.eigrules.model.Host.class, org.eigrules.model.BodyKind.class,
            org.eigrules.model.Mentors.class, org.eigrules.model.OperationalMentor.class,
            org.eigrules.model.Person.class, org.eigrules.model.Profile.class, org.eigrules.model.TeamMember.class,
            org.eigrules.promotion.PromotionParameters.class, org.eigrules.promotion.Funder.class,
            org.eigrules.rules.cofinancing.PiaRecipient.class, org.eigrules.rules.cofinancing.PiaRefused.class,
            org.eigrules.rules.cofinancing.GrantRecipient.class, org.eigrules.rules.cofinancing.GrantRefused.class,
            org.eigrules.candidacy.Candidacy.class, org.eigrules.candidacy.Applicant.class,
            org.eigrules.candidacy.CandidacyDocuments.class, org.eigrules.candidacy.PublicService.class,
            org.eigrules.candidacy.Studies.class, org.eigrules.engine.candidacy.CandidateParameters.class,
            org.eigrules.candidacy.OfferedChoices.class,
            org.eigrules.decision.Verdict.class, org.eigrules.selection.Opinion.class,
            org.eigrules.engine.selection.Candidate.class, org.eigrules.engine.selection.Chosen.class,
            org.eigrules.engine.selection.EnvelopeAmount.class, org.eigrules.engine.selection.Pending.class,
            org.eigrules.engine.selection.Ranked.class, org.eigrules.engine.selection.Walk.class);

    /** The globals through which rules record outcomes: their name and type. */
    static final Map<String, Set<Class<?>>> GLOBALS = Map.of(
            "findings", Set.of(org.eigrules.engine.Findings.class, org.eigrules.engine.candidacy.CandidateFindings.class),
            "placement", Set.of(org.eigrules.engine.selection.Placement.class));

    /**
     * Values a rule computes with: they may be imported, declared and compared, and their listed
     * methods called ({@link #VALUE_METHODS}); only {@code BigDecimal} may be created with
     * {@code new}, besides the facts.
     */
    static final List<Class<?>> VALUE_TYPES = List.of(
            java.math.BigDecimal.class, java.math.RoundingMode.class, String.class, Integer.class, Long.class,
            Boolean.class, Object.class, Number.class, Math.class,
            java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.OffsetDateTime.class,
            java.time.ZonedDateTime.class, java.time.Instant.class, java.time.ZoneId.class,
            java.util.List.class, java.util.Set.class, java.util.Collection.class, java.util.Map.class);

    /** Of the value types, those a rule may create with {@code new}. */
    static final Set<Class<?>> NEW_VALUE_TYPES = Set.of(java.math.BigDecimal.class);

    /**
     * The methods a rule may call on a value, by name: arithmetic and comparisons on amounts and
     * numbers, reading texts, dates and collections. None allocates without bound or returns a
     * class, a stream or a function.
     */
    static final Set<String> VALUE_METHODS = Set.of(
            // any object, enums
            "equals", "hashCode", "toString", "compareTo", "name", "ordinal",
            // numbers and amounts
            "add", "subtract", "multiply", "divide", "remainder", "negate", "abs", "signum", "min", "max",
            "scale", "precision", "stripTrailingZeros", "toPlainString", "intValue", "longValue", "doubleValue",
            "booleanValue",
            // texts
            "isBlank", "isEmpty", "length", "equalsIgnoreCase", "startsWith", "endsWith", "contains", "strip",
            "trim", "toLowerCase", "toUpperCase", "substring", "indexOf", "charAt",
            // dates and times
            "isBefore", "isAfter", "isEqual", "toInstant", "atZone", "atZoneSameInstant", "atStartOfDay",
            "toLocalDate", "toLocalDateTime", "toOffsetDateTime", "getOffset", "getYear", "getMonthValue",
            "getDayOfMonth", "plusDays", "minusDays", "plusMonths", "minusMonths", "plusYears", "minusYears",
            "plusWeeks", "minusWeeks", "plusHours", "minusHours", "plusMinutes", "minusMinutes", "plusSeconds",
            "minusSeconds", "withZoneSameInstant", "getHour", "getMinute", "getDayOfWeek",
            // collections, read only
            "size", "get", "containsAll", "containsKey");

    /** The static methods a rule may call on a value type, by type and name. */
    static final Map<Class<?>, Set<String>> STATIC_CALLS = Map.of(
            String.class, Set.of("join", "valueOf"),
            java.math.BigDecimal.class, Set.of("valueOf"),
            Integer.class, Set.of("valueOf"),
            Long.class, Set.of("valueOf"),
            Math.class, Set.of("min", "max", "abs"));

    /**
     * What a consequence may call without a receiver: the working memory's own operations
     * ({@code modify} is a statement of its own; {@code update} is its older form).
     */
    static final Set<String> CONSEQUENCE_CALLS = Set.of("insert", "delete", "update");

    /** The DRL operators a condition may use besides Java's comparisons and arithmetic. */
    static final Set<String> OPERATORS = Set.of("memberOf", "contains");

    /** The accumulate functions a condition may use (built into Drools, none runs code of the folder). */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "min", "max", "sum", "average", "collectList",
            "collectSet");

    /** The rule attributes a rule may set, and the form of their values. */
    static final Map<String, java.util.regex.Pattern> ATTRIBUTES = Map.of(
            "salience", java.util.regex.Pattern.compile("-?\\d{1,6}"),
            "no-loop", java.util.regex.Pattern.compile("true|false|"),
            "lock-on-active", java.util.regex.Pattern.compile("true|false|"));

    /** The metadata every rule carries, and no other. */
    static final Set<String> METADATA = Set.of("clause", "promotions", "source");

    /**
     * The punctuation rule names and metadata may hold besides letters (accented ones included),
     * digits and spaces: no double quote, backslash or control character, so a name can never end
     * the string Drools writes it into (the apostrophe is kept: "the host's kind").
     */
    static final String PUNCTUATION = "-–—.,;:()[]/&+?!%°§'’«»…#*=<>@";

    /** Whether a rule's name or metadata text is written in the safe alphabet. */
    static boolean safeText(String text) {
        return text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' '
                || PUNCTUATION.indexOf(c) >= 0);
    }

    /** The first character of {@code text} outside the safe alphabet, written visibly. */
    static String firstUnsafe(String text) {
        int c = text.codePoints().filter(p -> !(Character.isLetterOrDigit(p) || p == ' ' || PUNCTUATION.indexOf(p) >= 0))
                .findFirst().orElse(' ');
        return c >= 0x20 && c != 0x7f && !Character.isISOControl(c) ? "'" + Character.toString(c) + "'"
                : String.format("the control character U+%04X", c);
    }

    /** Every type a rule may name, by its simple name. */
    static final Map<String, Class<?>> TYPES_BY_SIMPLE_NAME = new LinkedHashMap<>();
    /** Every type a rule may name, by its full name. */
    static final Map<String, Class<?>> TYPES_BY_NAME = new LinkedHashMap<>();
    /** The methods a rule may call on its facts, their parts and its globals, by name (from the listed classes). */
    static final Set<String> FACT_METHODS = new TreeSet<>();
    /** The fields a condition may name without a receiver or after a dot: the facts' properties. */
    static final Set<String> PROPERTIES = new TreeSet<>();

    static {
        for (Class<?> type : FACT_TYPES) {
            TYPES_BY_SIMPLE_NAME.put(type.getSimpleName(), type);
            TYPES_BY_NAME.put(type.getName(), type);
            collect(type);
        }
        for (Class<?> type : VALUE_TYPES) {
            TYPES_BY_SIMPLE_NAME.put(type.getSimpleName(), type);
            TYPES_BY_NAME.put(type.getName(), type);
        }
        // The parts of the candidate the selection reads (its decision and grid) are read through accessors only.
        collect(org.eigrules.decision.Decision.class);
        collect(org.eigrules.selection.JuryGrid.class);
        GLOBALS.values().forEach(types -> types.forEach(RuleAllowList::collect));
    }

    /** The public instance methods a class declares itself (not those of Object or Enum), and its properties. */
    private static void collect(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic()
                    || method.getDeclaringClass() == Object.class || method.getDeclaringClass() == Enum.class
                    || method.getDeclaringClass() == Record.class || Class.class.equals(method.getReturnType())) {
                continue;
            }
            FACT_METHODS.add(method.getName());
            if (method.getParameterCount() == 0) {
                String name = method.getName();
                PROPERTIES.add(name);
                for (String prefix : List.of("get", "is")) {
                    if (name.length() > prefix.length() && name.startsWith(prefix)
                            && Character.isUpperCase(name.charAt(prefix.length()))) {
                        PROPERTIES.add(Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1));
                    }
                }
            }
        }
    }

    /** Whether a rule may call the static method {@code name} of {@code type}. */
    static boolean staticCallAllowed(Class<?> type, String name) {
        Set<String> listed = STATIC_CALLS.get(type);
        if (listed != null) {
            return listed.contains(name);
        }
        if (!FACT_TYPES.contains(type)) {
            return false;
        }
        // A fact type's own factories (Ranked.after) and an enum's valueOf: only those returning a listed type.
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getName().equals(name)
                    && (FACT_TYPES.contains(method.getReturnType()) || VALUE_TYPES.contains(method.getReturnType()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rule may read the static field {@code name} of {@code type} (an enum's constant, BigDecimal.ZERO). */
    static boolean staticFieldAllowed(Class<?> type, String name) {
        try {
            java.lang.reflect.Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                    && (FACT_TYPES.contains(field.getType()) || VALUE_TYPES.contains(field.getType())
                    || field.getType().isPrimitive());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Whether a rule may call {@code name} on a value or fact. */
    static boolean methodAllowed(String name) {
        return FACT_METHODS.contains(name) || VALUE_METHODS.contains(name);
    }

    /**
     * Every public method, field and property name of every class a rule's values can reach — the
     * listed types, what their methods return, what those return, and so on (Object's getClass
     * included, so Class, ClassLoader and what they reach are in). A member name outside the
     * allow-list that is also outside this set cannot bind to anything in a compiled rule: it is a
     * typo, left to the compiler, which reports it with the fact's fields. One inside it is refused.
     */
    static final Set<String> REACHABLE_NAMES = reachableNames();

    /** How a rule's use of a member name is judged. */
    enum Member { ALLOWED, REFUSED, UNKNOWN }

    /** Whether {@code name}, read or called on a value, is allowed, refused, or names nothing reachable. */
    static Member member(String name, boolean call) {
        if (call ? methodAllowed(name) : PROPERTIES.contains(name) || VALUE_METHODS.contains(name)) {
            return Member.ALLOWED;
        }
        return REACHABLE_NAMES.contains(name) ? Member.REFUSED : Member.UNKNOWN;
    }

    private static Set<String> reachableNames() {
        Set<String> names = new java.util.HashSet<>();
        Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Class<?>> queue = new java.util.ArrayDeque<>();
        List<Class<?>> roots = new java.util.ArrayList<>(FACT_TYPES);
        roots.addAll(VALUE_TYPES);
        GLOBALS.values().forEach(roots::addAll);
        roots.add(Class.class);
        for (Class<?> root : roots) {
            if (seen.add(root)) {
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            List<java.lang.reflect.Type> reached = new java.util.ArrayList<>();
            try {
                for (Method method : type.getMethods()) {
                    names.add(method.getName());
                    addBeanName(method.getName(), names);
                    reached.add(method.getGenericReturnType());
                }
                for (java.lang.reflect.Field field : type.getFields()) {
                    names.add(field.getName());
                    reached.add(field.getGenericType());
                }
            } catch (LinkageError | SecurityException e) {
                continue; // a class whose members cannot be listed: nothing of it is added
            }
            for (java.lang.reflect.Type t : reached) {
                for (Class<?> c : classesOf(t)) {
                    if (seen.add(c)) {
                        queue.add(c);
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void addBeanName(String name, Set<String> names) {
        for (String prefix : List.of("get", "is", "set")) {
            if (name.length() > prefix.length() && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                names.add(Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1));
            }
        }
    }

    private static List<Class<?>> classesOf(java.lang.reflect.Type type) {
        List<Class<?>> classes = new java.util.ArrayList<>();
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (!c.isPrimitive()) {
                classes.add(c);
            }
        } else if (type instanceof java.lang.reflect.ParameterizedType p) {
            classes.addAll(classesOf(p.getRawType()));
            for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
                classes.addAll(classesOf(argument));
            }
        } else if (type instanceof java.lang.reflect.GenericArrayType a) {
            classes.addAll(classesOf(a.getGenericComponentType()));
        } else if (type instanceof java.lang.reflect.WildcardType w) {
            for (java.lang.reflect.Type bound : w.getUpperBounds()) {
                classes.addAll(classesOf(bound));
            }
        } else if (type instanceof java.lang.reflect.TypeVariable<?> v) {
            for (java.lang.reflect.Type bound : v.getBounds()) { // their erasure: bounds may name the variable again
                classes.add(bound instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType()
                        : bound instanceof Class<?> c ? c : Object.class);
            }
        }
        return classes;
    }
}
