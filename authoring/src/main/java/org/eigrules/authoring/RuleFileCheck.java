package org.eigrules.authoring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.ModifyStatement;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.eigrules.ruleset.RuleSetProblem;
import org.eigrules.ruleset.RuleSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule file against {@link RuleAllowList} before anything of it is compiled: the file is
 * read by Drools' DRL parser (its package, imports, globals, rules, attributes, metadata and
 * conditions), each condition by the parser Drools compiles conditions with, each consequence by
 * the one it compiles consequences with; then every construct is looked up in the list. Only
 * parsing happens here: no class is generated, loaded or run.
 *
 * <p>Every problem is reported with the file and line, in a rule author's words.
 */
final class RuleFileCheck {

    /** A rule as the parser read it: what review (docs, diff) needs, without compiling anything. */
    record ParsedRule(String packageName, String name, int line, Map<String, Object> metaData) {
    }

    /** The outcome of checking one file: its problems, and its rules when it parsed. */
    record Result(List<RuleSetProblem> problems, List<ParsedRule> rules) {
    }

    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern METADATA_VALUE = Pattern.compile("\"([^\"\\\\]*)\"");

    private final RuleSource source;
    private final String text;
    private final List<RuleSetProblem> problems = new ArrayList<>();
    private final Map<String, Class<?>> imported = new HashMap<>();
    private final Set<String> globals = new HashSet<>();
    private String packageName = "";

    /** Packages a rule file may not declare: the platform's and the rule engine's. */
    private static final Pattern RESERVED_PACKAGES =
            Pattern.compile("(java|javax|jdk|sun|com\\.sun|org\\.drools|org\\.kie|org\\.mvel2?)(\\.|$)");

    private RuleFileCheck(RuleSource source) {
        this.source = source;
        this.text = source.text();
    }

    /** Checks one rule file; never compiles or runs any of it. */
    static Result check(RuleSource source) {
        return new RuleFileCheck(source).run();
    }

    private Result run() {
        if (!rawTextSafe()) {
            return new Result(List.copyOf(problems), List.of());
        }
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (Exception | StackOverflowError e) {
            problems.add(new RuleSetProblem(source.file(), 0, 0, "cannot be read as a rule file: " + e.getMessage()));
            return new Result(List.copyOf(problems), List.of());
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
                problems.add(new RuleSetProblem(source.file(), line, 0, "syntax error: " + error.getMessage()
                        .replaceAll("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "")));
            }
            if (problems.isEmpty()) {
                problems.add(new RuleSetProblem(source.file(), 0, 0, "cannot be read as a rule file"));
            }
            return new Result(List.copyOf(problems), List.of());
        }
        checkPackage(pkg);
        List<ParsedRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                refuse(rule.getLine(), "a query (\"" + rule.getName() + "\"): a rule file holds rules only");
                continue;
            }
            ParsedRule parsed = checkRule(pkg.getName(), rule);
            if (parsed != null) {
                rules.add(parsed);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RuleSetProblem::line));
        return new Result(List.copyOf(problems), List.copyOf(rules));
    }

    /** No Unicode escape and no control character anywhere, comments and strings included. */
    private boolean rawTextSafe() {
        boolean safe = true;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                refuse(line, "a Unicode escape (\\u…): write the character itself; escapes are refused everywhere in a"
                        + " rule file, comments and strings included, because the compiler reads them as code");
                safe = false;
            } else if (c != '\t' && c != '\r' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                refuse(line, String.format("the control character U+%04X: a rule file holds printable text only", (int) c));
                safe = false;
            }
        }
        return safe;
    }

    private void checkPackage(PackageDescr pkg) {
        packageName = pkg.getName() == null ? "" : pkg.getName();
        if (!packageName.isEmpty() && !QUALIFIED_NAME.matcher(packageName).matches()) {
            refuse(pkg.getLine(), "the package name " + shown(packageName) + " (letters, digits, _ and dots only)");
        } else if (RESERVED_PACKAGES.matcher(packageName).lookingAt()) {
            refuse(pkg.getLine(), "the package " + shown(packageName) + ", which belongs to the platform or the "
                    + "rule engine: name a package of the rules' own");
        }
        for (ImportDescr im : pkg.getImports()) {
            String target = im.getTarget();
            Class<?> type = RuleAllowList.TYPES_BY_NAME.get(target);
            if (type == null) {
                refuse(im.getLine(), "import " + shown(target) + ": a rule may import only the facts, the parameters "
                        + "and the value types it computes with (" + String.join(", ", RuleAllowList.TYPES_BY_SIMPLE_NAME.keySet())
                        + ")");
            } else {
                imported.put(type.getSimpleName(), type);
            }
        }
        for (GlobalDescr global : pkg.getGlobals()) {
            Set<Class<?>> types = RuleAllowList.GLOBALS.get(global.getIdentifier());
            if (types == null || types.stream().noneMatch(t -> t.getName().equals(global.getType()))) {
                refuse(global.getLine(), "global " + shown(global.getIdentifier()) + ": a rule file may declare only "
                        + "the globals findings and placement, of their own types");
            } else {
                globals.add(global.getIdentifier());
            }
        }
        refuseAll(pkg.getFunctions(), "a function: rules may not define functions");
        refuseAll(pkg.getFunctionImports(), "import function: rules may not import functions");
        refuseAll(pkg.getAccumulateImports(), "import accumulate: rules use the built-in accumulate functions only");
        refuseAll(pkg.getTypeDeclarations(), "declare: rules may not declare types");
        refuseAll(pkg.getEnumDeclarations(), "declare enum: rules may not declare types");
        refuseAll(pkg.getEntryPointDeclarations(), "an entry point declaration");
        refuseAll(pkg.getWindowDeclarations(), "a window declaration");
        for (AttributeDescr attribute : pkg.getAttributes()) {
            refuse(attribute.getLine(), "the file-wide attribute " + shown(attribute.getName())
                    + ": set attributes on each rule (salience, no-loop, lock-on-active)");
        }
        if (pkg.getUnit() != null) {
            refuse(pkg.getLine(), "a rule unit: rule files hold plain rules");
        }
    }

    private void refuseAll(java.util.Collection<? extends BaseDescr> descrs, String what) {
        for (BaseDescr descr : descrs) {
            refuse(descr.getLine(), what);
        }
    }

    private ParsedRule checkRule(String packageName, RuleDescr rule) {
        String name = rule.getName();
        String where = "rule " + (RuleAllowList.safeText(name) ? "\"" + name + "\"" : "at this line");
        int before = problems.size();
        if (name.isEmpty() || !RuleAllowList.safeText(name)) {
            refuse(rule.getLine(), "the rule name holds " + (name.isEmpty() ? "nothing" : RuleAllowList.firstUnsafe(name))
                    + ": a rule name is written with letters, digits, spaces and " + RuleAllowList.PUNCTUATION + " only");
        }
        if (rule.getParentName() != null) {
            refuse(rule.getLine(), where + " extends another rule: write its conditions in full");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            Pattern form = RuleAllowList.ATTRIBUTES.get(attribute.getName());
            if (form == null) {
                refuse(attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), where + " sets the attribute "
                        + shown(attribute.getName()) + ": a rule may set only " + String.join(", ",
                        new java.util.TreeSet<>(RuleAllowList.ATTRIBUTES.keySet())));
            } else if (attribute.getValue() == null || !form.matcher(attribute.getValue().strip()).matches()) {
                refuse(attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), where + " sets "
                        + attribute.getName() + " to " + shown(attribute.getValue()) + ": "
                        + ("salience".equals(attribute.getName()) ? "a whole number is expected" : "true or false is expected"));
            }
        }
        Map<String, Object> metaData = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            int line = annotation.getLine() > 0 ? annotation.getLine() : lineFrom(rule.getLine(), "@" + annotation.getName());
            if (!RuleAllowList.METADATA.contains(annotation.getName())) {
                refuse(line, where + " has the metadata @" + shown(annotation.getName()) + ": a rule carries only "
                        + "@clause, @promotions and @source");
                continue;
            }
            Map<String, Object> values = annotation.getValueMap();
            Object value = values.size() == 1 ? values.get("value") : null;
            Matcher quoted = value instanceof String s ? METADATA_VALUE.matcher(s.strip()) : null;
            if (quoted == null || !quoted.matches()) {
                refuse(line, where + ": @" + annotation.getName() + " holds one text in double quotes, without "
                        + "escapes, e.g. @" + annotation.getName() + "(\"…\")");
            } else if (!RuleAllowList.safeText(quoted.group(1))) {
                refuse(line, where + ": @" + annotation.getName() + " holds " + RuleAllowList.firstUnsafe(quoted.group(1))
                        + ": metadata is written with letters, digits, spaces and " + RuleAllowList.PUNCTUATION + " only");
            } else {
                metaData.put(annotation.getName(), value);
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule.getLine(), where + " has named consequences: a rule has one consequence");
        }
        Set<String> bindings = new HashSet<>();
        collectBindings(rule.getLhs(), bindings);
        if (rule.getLhs() != null) {
            checkCondition(rule.getLhs(), where, bindings, rule.getLine());
        }
        checkConsequence(rule, where, bindings);
        return problems.size() == before ? new ParsedRule(packageName == null ? "" : packageName, name,
                rule.getLine(), metaData) : null;
    }

    // ---- conditions -------------------------------------------------------------------------------------

    private void collectBindings(BaseDescr descr, Set<String> bindings) {
        if (descr == null) {
            return;
        }
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    DrlxExpression parsed = parseConstraint(expr.getExpression());
                    if (parsed != null && parsed.getBind() != null) {
                        bindings.add(parsed.getBind().asString());
                    }
                }
            }
            collectBindings(pattern.getSource(), bindings);
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate.getFunctions().forEach(f -> {
                if (f.getBind() != null) {
                    bindings.add(f.getBind());
                }
            });
            collectBindings(accumulate.getInput(), bindings);
        } else if (descr instanceof CollectDescr collect) {
            collectBindings(collect.getInputPattern(), bindings);
        } else if (descr instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
            for (Object child : ce.getDescrs()) {
                collectBindings((BaseDescr) child, bindings);
            }
        }
    }

    private void checkCondition(BaseDescr descr, String where, Set<String> bindings, int fallbackLine) {
        int line = descr.getLine() > 0 ? descr.getLine() : fallbackLine;
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                checkCondition((BaseDescr) child, where, bindings, line);
            }
        } else if (descr instanceof PatternDescr pattern) {
            checkPattern(pattern, where, bindings, line);
        } else if (descr instanceof org.drools.drl.ast.descr.EvalDescr) {
            refuse(line, where + " uses eval: write the test as a constraint of a fact, e.g. Funding( requested() > 0 )");
        } else {
            refuse(line, where + " uses " + conditionKind(descr) + ", which a rule may not use (patterns, not, exists, "
                    + "forall, and, or and accumulate are allowed)");
        }
    }

    private static String conditionKind(BaseDescr descr) {
        String kind = descr.getClass().getSimpleName().replaceFirst("Descr$", "");
        return switch (kind) {
            case "ConditionalBranch" -> "a conditional branch (if … do)";
            case "NamedConsequence" -> "a named consequence";
            case "EntryPoint" -> "an entry point";
            case "WindowReference" -> "a window";
            case "From" -> "from";
            default -> "a construct (" + kind.toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    private void checkPattern(PatternDescr pattern, String where, Set<String> bindings, int line) {
        String typeName = pattern.getObjectType();
        boolean sourced = pattern.getSource() != null;
        Class<?> type = resolveType(typeName);
        if (type == null && typeName != null && !typeName.contains(".") && !resolvesToAClass(typeName)) {
            // No class has this name where the compiler looks: a typo it reports itself.
        } else if (type == null || !(RuleAllowList.FACT_TYPES.contains(type)
                || sourced && (type == Object.class || type == java.util.List.class || type == java.util.Collection.class))) {
            refuse(line, where + " matches " + shown(typeName) + ", which is not a fact a rule may match (the facts: "
                    + String.join(", ", factNames()) + ")");
        }
        if (!pattern.getAnnotations().isEmpty()) {
            refuse(line, where + " annotates a pattern: patterns take no annotations");
        }
        if (pattern.getBehaviors() != null && !pattern.getBehaviors().isEmpty()) {
            refuse(line, where + " uses a window (over …): a rule may not");
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            int at = constraint.getLine() > 0 ? constraint.getLine() : line;
            if (!(constraint instanceof ExprConstraintDescr expr)) {
                refuse(at, where + " uses a constraint form a rule may not use");
                continue;
            }
            DrlxExpression parsed = parseConstraint(expr.getExpression());
            if (parsed == null) {
                refuse(at, where + ": the constraint " + shown(expr.getExpression()) + " cannot be read");
                continue;
            }
            new ExpressionCheck(where, bindings, Set.of(), true, at, expr.getExpression()).expression(parsed.getExpr());
        }
        if (sourced) {
            BaseDescr src = pattern.getSource();
            if (src instanceof AccumulateDescr accumulate) {
                if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
                        || accumulate.getResultCode() != null || accumulate.getReverseCode() != null) {
                    refuse(line, where + " uses accumulate with code of its own: use one of the functions "
                            + String.join(", ", new java.util.TreeSet<>(RuleAllowList.ACCUMULATE_FUNCTIONS)));
                }
                for (var function : accumulate.getFunctions()) {
                    if (!RuleAllowList.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                        refuse(line, where + " uses the accumulate function " + shown(function.getFunction())
                                + ": a rule may use " + String.join(", ",
                                new java.util.TreeSet<>(RuleAllowList.ACCUMULATE_FUNCTIONS)));
                    }
                    for (String parameter : function.getParams()) {
                        DrlxExpression parsed = parseConstraint(parameter);
                        if (parsed == null) {
                            refuse(line, where + ": " + shown(parameter) + " cannot be read");
                        } else {
                            new ExpressionCheck(where, bindings, Set.of(), false, line, parameter).expression(parsed.getExpr());
                        }
                    }
                }
                checkCondition(accumulate.getInput(), where, bindings, line);
            } else if (src instanceof CollectDescr collect) {
                checkCondition(collect.getInputPattern(), where, bindings, line);
            } else {
                refuse(line, where + " uses " + conditionKind(src) + ", which a rule may not use (accumulate and "
                        + "collect are allowed)");
            }
        }
    }

    private static List<String> factNames() {
        return RuleAllowList.FACT_TYPES.stream().map(Class::getSimpleName).sorted().toList();
    }

    private static DrlxExpression parseConstraint(String expression) {
        try {
            return DrlxParseUtil.parseExpression(expression);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    // ---- consequences -----------------------------------------------------------------------------------

    private void checkConsequence(RuleDescr rule, String where, Set<String> bindings) {
        Object consequence = rule.getConsequence();
        String code = consequence == null ? "" : consequence.toString();
        int line = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine();
        int start = text.indexOf(code, Math.max(0, offsetOf(rule.getLine())));
        if (start >= 0 && !code.isEmpty()) {
            line = lineAt(start);
        }
        BlockStmt block;
        try {
            block = MvelParser.parseBlock("{" + code + "\n}");
        } catch (RuntimeException | StackOverflowError e) {
            refuse(line, where + ": the consequence cannot be read as Java statements");
            return;
        }
        new ExpressionCheck(where, bindings, globals, false, line, code).block(block);
    }

    /** Checks one condition or consequence against the allow-list, locating problems by their text. */
    private final class ExpressionCheck {
        private final String where;
        private final Set<String> bindings;
        private final Set<String> globalNames;
        private final boolean condition;
        private final int line;
        private final String code;
        private final Set<String> locals = new HashSet<>();
        private boolean inModify;

        ExpressionCheck(String where, Set<String> bindings, Set<String> globalNames, boolean condition, int line,
                        String code) {
            this.where = where;
            this.bindings = bindings;
            this.globalNames = globalNames;
            this.condition = condition;
            this.line = line;
            this.code = code;
        }

        /** The line of the first occurrence of {@code token} in this code, or its first line. */
        private int lineOf(String token) {
            Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])").matcher(code);
            int at = m.find() ? m.start() : code.indexOf(token);
            if (at < 0) {
                return line;
            }
            return line + (int) code.substring(0, at).chars().filter(c -> c == '\n').count();
        }

        private void no(String token, String what) {
            refuse(lineOf(token), where + " " + what);
        }

        void block(BlockStmt block) {
            for (Statement statement : block.getStatements()) {
                statement(statement);
            }
        }

        private void statement(Statement statement) {
            if (statement instanceof BlockStmt block) {
                block(block);
            } else if (statement instanceof ExpressionStmt expr) {
                expression(expr.getExpression());
            } else if (statement instanceof IfStmt branch) {
                expression(branch.getCondition());
                statement(branch.getThenStmt());
                branch.getElseStmt().ifPresent(this::statement);
            } else if (statement instanceof ForEachStmt loop) {
                // Over a finite collection a fact holds: it ends with it.
                declaration(loop.getVariable());
                expression(loop.getIterable());
                statement(loop.getBody());
            } else if (statement instanceof ModifyStatement modify) {
                expression(modify.getModifyObject());
                boolean outer = inModify;
                inModify = true;
                for (Statement inner : modify.getExpressions()) {
                    statement(inner);
                }
                inModify = outer;
            } else if (statement instanceof EmptyStmt) {
                // nothing
            } else {
                String kind = statementKind(statement);
                no(firstWord(statement), "uses " + kind + ", which a rule may not use (a consequence records "
                        + "findings, inserts, modifies or deletes facts, with if and for over a fact's list)");
            }
        }

        private void declaration(VariableDeclarationExpr declaration) {
            for (VariableDeclarator variable : declaration.getVariables()) {
                type(variable.getType(), variable.getNameAsString());
                locals.add(variable.getNameAsString());
                variable.getInitializer().ifPresent(this::expression);
            }
        }

        private void type(Type type, String near) {
            if (type instanceof PrimitiveType) {
                return;
            }
            if (type instanceof ClassOrInterfaceType named) {
                Class<?> resolved = resolveType(qualified(named));
                if (resolved == null) {
                    no(named.getNameAsString(), "names the type " + shown(qualified(named)) + ", which a rule may not use"
                            + " (the facts, BigDecimal, String, numbers, dates, List, Set, Map, Object)");
                }
                named.getTypeArguments().ifPresent(arguments -> arguments.forEach(a -> type(a, near)));
                return;
            }
            no(near, "declares " + shown(type.asString()) + ", a type a rule may not use (no arrays, no var)");
        }

        void expression(Expression e) {
            if (e instanceof DrlxExpression drlx) {
                expression(drlx.getExpr());
            } else if (e instanceof StringLiteralExpr || e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr
                    || e instanceof DoubleLiteralExpr || e instanceof BooleanLiteralExpr || e instanceof NullLiteralExpr
                    || e instanceof CharLiteralExpr || e instanceof BigDecimalLiteralExpr
                    || e instanceof BigIntegerLiteralExpr) {
                // literals
            } else if (e instanceof EnclosedExpr enclosed) {
                expression(enclosed.getInner());
            } else if (e instanceof BinaryExpr binary) {
                expression(binary.getLeft());
                expression(binary.getRight());
            } else if (e instanceof HalfBinaryExpr half) {
                expression(half.getRight());
            } else if (e instanceof UnaryExpr unary) {
                if (unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
                        && unary.getOperator() != UnaryExpr.Operator.MINUS && unary.getOperator() != UnaryExpr.Operator.PLUS
                        && !(unary.getExpression() instanceof NameExpr n && locals.contains(n.getNameAsString()))) {
                    no(unary.getOperator().asString(), "changes a value other than its own variable");
                }
                expression(unary.getExpression());
            } else if (e instanceof ConditionalExpr conditional) {
                expression(conditional.getCondition());
                expression(conditional.getThenExpr());
                expression(conditional.getElseExpr());
            } else if (e instanceof AssignExpr assign) {
                if (condition || !(assign.getTarget() instanceof NameExpr target && locals.contains(target.getNameAsString()))) {
                    no("=", "assigns " + shown(assign.getTarget().toString()) + ": a rule may assign only its own "
                            + "variables; it changes a fact with modify");
                }
                expression(assign.getValue());
            } else if (e instanceof VariableDeclarationExpr declaration && !condition) {
                declaration(declaration);
            } else if (e instanceof PointFreeExpr pointFree) {
                operator(pointFree.getOperator().asString());
                expression(pointFree.getLeft());
                pointFree.getRight().forEach(this::expression);
            } else if (e instanceof HalfPointFreeExpr half) {
                operator(half.getOperator().asString());
                half.getRight().forEach(this::expression);
            } else if (e instanceof ThisExpr self && condition && self.getTypeName().isEmpty()) {
                // this: the matched fact
            } else if (e instanceof NameExpr name) {
                name(name.getNameAsString());
            } else if (e instanceof FieldAccessExpr access) {
                fieldAccess(access.getScope(), access.getNameAsString(), access);
            } else if (e instanceof NullSafeFieldAccessExpr access) {
                expression(access.getScope());
                property(access.getNameAsString());
            } else if (e instanceof MethodCallExpr call) {
                call(call.getScope().orElse(null), call.getNameAsString(), call.getArguments(),
                        call.getTypeArguments().isPresent());
            } else if (e instanceof NullSafeMethodCallExpr call) {
                call(call.getScope().orElse(null), call.getNameAsString(), call.getArguments(),
                        call.getTypeArguments().isPresent());
            } else if (e instanceof ObjectCreationExpr creation) {
                creation(creation);
            } else {
                String kind = expressionKind(e);
                no(firstWord(e), "uses " + kind + ", which a rule may not use");
            }
        }

        private void operator(String operator) {
            if (!RuleAllowList.OPERATORS.contains(operator)) {
                no(operator, "uses the operator " + shown(operator) + ": a rule may use "
                        + String.join(", ", new java.util.TreeSet<>(RuleAllowList.OPERATORS)) + " and Java's comparisons");
            }
        }

        private boolean known(String name) {
            return bindings.contains(name) || locals.contains(name) || globalNames.contains(name);
        }

        private void name(String name) {
            if (known(name)) {
                return;
            }
            if (condition && RuleAllowList.member(name, false) != RuleAllowList.Member.REFUSED
                    && !resolvesToAClass(name)) {
                return; // a field of the fact, or a typo the compiler reports with the fact's fields
            }
            no(name, resolveType(name) != null ? "uses the type " + name + " as a value"
                    : "names " + shown(name) + ", which is neither a binding, a variable, a global (findings, "
                    + "placement) nor a field of the facts");
        }

        /** A field read on a value: refused when it names a member outside the list (a typo is left to the compiler). */
        private void property(String name) {
            if (RuleAllowList.member(name, false) == RuleAllowList.Member.REFUSED) {
                no(name, "reads " + shown(name) + ", which is not a field of the facts or parameters a rule may read");
            }
        }

        /** A dotted chain of plain names, or null. */
        private String chain(Expression e) {
            if (e instanceof NameExpr name) {
                return name.getNameAsString();
            }
            if (e instanceof FieldAccessExpr access) {
                String scope = chain(access.getScope());
                return scope == null ? null : scope + "." + access.getNameAsString();
            }
            return null;
        }

        /** Whether a chain's root is a value a rule holds: a binding, a variable, a global, a fact's field. */
        private boolean valueRoot(String root) {
            return known(root) || condition && RuleAllowList.member(root, false) == RuleAllowList.Member.ALLOWED
                    && !Character.isUpperCase(root.charAt(0));
        }

        /** The type a scope names (String, java.math.BigDecimal), when it is not a value a rule holds. */
        private Class<?> scopeType(Expression scope) {
            String chain = chain(scope);
            if (chain == null || valueRoot(chain.split("\\.")[0])) {
                return null;
            }
            return resolveType(chain);
        }

        private void fieldAccess(Expression scope, String field, FieldAccessExpr access) {
            Class<?> type = scopeType(scope);
            if (type != null) {
                if (!RuleAllowList.staticFieldAllowed(type, field)) {
                    no(field, "reads " + type.getSimpleName() + "." + field + ", which a rule may not read");
                }
                return;
            }
            if (unknownQualifiedName(scope)) {
                no(String.valueOf(chain(scope)).split("\\.")[0], "names " + shown(chain(access)) + ", which a rule may not "
                        + "use: a rule names only its facts, its bindings, findings and the listed value types");
                return;
            }
            expression(scope);
            property(field);
        }

        /**
         * A chain of names that is neither a value a rule holds nor a listed type or its constant,
         * e.g. java.lang.System: refused, whatever follows it.
         */
        private boolean unknownQualifiedName(Expression scope) {
            String chain = chain(scope);
            if (chain == null) {
                return false;
            }
            String[] parts = chain.split("\\.");
            if (valueRoot(parts[0])) {
                return false;
            }
            for (int i = parts.length; i >= 1; i--) {
                if (resolveType(String.join(".", java.util.Arrays.copyOf(parts, i))) != null) {
                    return false;
                }
            }
            return true;
        }

        private void call(Expression scope, String method, NodeList<Expression> arguments, boolean typeArguments) {
            if (typeArguments) {
                no(method, "calls " + method + " with type arguments, which a rule may not use");
            }
            if (scope == null) {
                boolean allowed = condition || inModify
                        ? RuleAllowList.member(method, true) != RuleAllowList.Member.REFUSED
                        : RuleAllowList.CONSEQUENCE_CALLS.contains(method);
                if (!allowed) {
                    no(method, "calls " + method + "(…), which a rule may not call"
                            + (condition || inModify ? " (a rule calls its facts' methods)"
                            : " (a consequence calls insert, delete, modify, and the methods of findings, "
                            + "placement, facts and values)"));
                }
            } else {
                Class<?> type = scopeType(scope);
                if (type != null) {
                    if (!RuleAllowList.staticCallAllowed(type, method)) {
                        no(method, "calls " + type.getSimpleName() + "." + method + "(…), which a rule may not call");
                    }
                } else if (unknownQualifiedName(scope)) {
                    no(String.valueOf(chain(scope)).split("\\.")[0], "names " + shown(chain(scope) + "." + method)
                            + ", which a rule may not use: a rule names only its facts, its bindings, findings and "
                            + "the listed value types");
                } else {
                    expression(scope);
                    // A method no reachable class has is a typo: the compiler reports it.
                    if (RuleAllowList.member(method, true) == RuleAllowList.Member.REFUSED) {
                        no(method, "calls " + method + "(…), which a rule may not call (a rule calls its facts', "
                                + "parameters' and globals' methods and a short list of methods on amounts, numbers, "
                                + "texts, dates and lists)");
                    }
                }
            }
            arguments.forEach(this::expression);
        }

        private void creation(ObjectCreationExpr creation) {
            if (creation.getAnonymousClassBody().isPresent() || creation.getScope().isPresent()) {
                no("new", "creates a class of its own, which a rule may not");
            }
            Class<?> type = resolveType(qualified(creation.getType()));
            if (type == null || !(RuleAllowList.FACT_TYPES.contains(type) || RuleAllowList.NEW_VALUE_TYPES.contains(type))) {
                no(creation.getType().getNameAsString(), "creates " + shown(qualified(creation.getType()))
                        + ": a rule may create only facts and BigDecimal amounts");
            }
            creation.getTypeArguments().ifPresent(a -> no("new", "creates an object with type arguments"));
            creation.getArguments().forEach(this::expression);
        }
    }

    private static String qualified(ClassOrInterfaceType type) {
        return type.getScope().map(s -> qualified(s) + ".").orElse("") + type.getNameAsString();
    }

    private static String statementKind(Statement statement) {
        String kind = statement.getClass().getSimpleName().replaceFirst("Stmt$|Statement$", "");
        return switch (kind) {
            case "While", "Do", "For" -> "a " + kind.toLowerCase(java.util.Locale.ROOT) + " loop";
            case "Try" -> "try";
            case "Throw" -> "throw";
            case "Switch" -> "switch";
            case "Synchronized" -> "synchronized";
            case "Return" -> "return";
            case "Assert" -> "assert";
            case "LocalClassDeclaration", "LocalRecordDeclaration" -> "a class of its own";
            case "Labeled" -> "a label";
            case "Break", "Continue" -> kind.toLowerCase(java.util.Locale.ROOT);
            default -> "a statement (" + kind.toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    private static String expressionKind(Expression e) {
        String kind = e.getClass().getSimpleName().replaceFirst("Expr(ession)?$", "");
        return switch (kind) {
            case "Lambda" -> "a lambda";
            case "MethodReference" -> "a method reference";
            case "Class" -> "a class literal (.class)";
            case "ArrayCreation", "ArrayInitializer", "ArrayAccess" -> "an array";
            case "Cast", "InlineCast", "FullyQualifiedInlineCast" -> "a cast";
            case "InstanceOf" -> "instanceof";
            case "Switch" -> "switch";
            case "Super" -> "super";
            case "This" -> "this";
            case "TextBlockLiteral" -> "a text block";
            case "OOPath" -> "an OOPath";
            case "ListCreationLiteral", "MapCreationLiteral" -> "an inline list or map";
            case "TemporalLiteral" -> "a time literal";
            default -> "an expression (" + kind.toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    /** The first word of a node's text, to find its line; never fails. */
    private static String firstWord(Node node) {
        try {
            String printed = node instanceof Statement s ? statementWord(s) : null;
            if (printed != null) {
                return printed;
            }
            Matcher m = Pattern.compile("[\\w$]+").matcher(node.toString());
            return m.find() ? m.group() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String statementWord(Statement statement) {
        String kind = statement.getClass().getSimpleName().replaceFirst("Stmt$|Statement$", "");
        return switch (kind) {
            case "While", "Do", "For", "Try", "Throw", "Switch", "Synchronized", "Return", "Assert", "Break",
                    "Continue" -> kind.toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    /**
     * The listed type a name stands for in this file: imported, a value type of java.lang, or
     * written in full; null for any other.
     */
    private Class<?> resolveType(String name) {
        if (name == null) {
            return null;
        }
        Class<?> type = imported.get(name);
        if (type != null) {
            return type;
        }
        type = RuleAllowList.TYPES_BY_NAME.get(name);
        if (type != null) {
            return type;
        }
        type = RuleAllowList.TYPES_BY_SIMPLE_NAME.get(name);
        // Unimported simple names: java.lang's, and the facts of the file's own package, as Java resolves them.
        return type != null && (type.getPackageName().equals("java.lang") || RuleAllowList.FACT_TYPES.contains(type))
                ? type : null;
    }

    /**
     * Whether a simple name is a class where the compiler would look for it (java.lang, the
     * file's package). Looked up without initialising it: nothing of the class runs.
     */
    private boolean resolvesToAClass(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (String candidate : List.of("java.lang." + name, packageName.isEmpty() ? name : packageName + "." + name)) {
            try {
                Class.forName(candidate, false, RuleFileCheck.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // not there
            }
        }
        return false;
    }

    /** The line of the first {@code token} at or after {@code line}, or {@code line} when there is none. */
    private int lineFrom(int line, String token) {
        int at = text.indexOf(token, offsetOf(line));
        return at < 0 ? line : lineAt(at);
    }

    private int offsetOf(int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset);
            if (offset < 0) {
                return 0;
            }
            offset++;
        }
        return offset;
    }

    private int lineAt(int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private void refuse(int line, String what) {
        problems.add(new RuleSetProblem(source.file(), Math.max(line, 0), 0, what));
    }

    /** A value from the file, quoted, cut and with control characters shown, for a message. */
    private static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return "\"" + out + (value.codePointCount(0, value.length()) > 60 ? "…" : "") + "\"";
    }
}
